// A letter as a Word document (docx): the same structure as the HTML, in
// Word's own headings, bullet lists and tables, so the secretariat can go on
// editing it in Word or LibreOffice. Text goes in as text runs; docx escapes
// it, so nothing in a title can become markup.
//
// Tables get column widths from their content (column-widths.ts), a header
// row that repeats on every page and stays with the first row below it, and
// rows that never split across pages; a status is its word after a coloured
// shape (status-marker.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellText } from '../domain/letters/document.js';
import type { Block, Cell, LetterDocument, Run } from '../domain/letters/document.js';
import { readImageSize } from '../domain/letters/image-size.js';
import { columnWidths } from './column-widths.js';
import { statusMarker } from './status-marker.js';
import type { StatusColour } from '../domain/status/types.js';

const HEADINGS = { 1: HeadingLevel.HEADING_2, 2: HeadingLevel.HEADING_3, 3: HeadingLevel.HEADING_4 } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;
/** A4 with 2 cm margins: the width text and tables have. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const SMALL = 19;

function markerRun(colour: StatusColour, size?: number): TextRun {
  const marker = statusMarker(colour);
  return new TextRun({ text: `${marker.glyph}\u00A0`, color: marker.colour, size });
}

const textRuns = (runs: readonly Run[]) =>
  runs.flatMap((run) => [...(run.marker ? [markerRun(run.marker)] : []), new TextRun({ text: run.text, bold: run.bold, italics: run.italic })]);

function cell(value: Cell, width: number, header: boolean): TableCell {
  const runs = typeof value === 'string' ? [] : [markerRun(value.marker, SMALL)];
  return new TableCell({
    borders: BORDERS,
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } : undefined,
    // A header paragraph keeps with the next row, so a header never ends a page alone.
    children: [new Paragraph({ keepNext: header, children: [...runs, new TextRun({ text: cellText(value), bold: header, size: SMALL })] })],
  });
}

function table(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const widths = columnWidths(
    block.header,
    // The marker, its space and the first word stay together; the shape is about three letters wide.
    block.rows.map((row) => row.map((c) => (typeof c === 'string' ? c : `MMM${c.text}`))),
    TEXT_WIDTH,
  );
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 120 }, keepNext: true, keepLines: true }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, widths[i]!, true)) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, widths[i]!, false)) })),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level], keepNext: true, keepLines: true })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs), spacing: { after: 120 } })];
    case 'list':
      return block.items.map((item) => new Paragraph({ children: textRuns(item), bullet: { level: 0 } }));
    case 'table':
      return table(block);
  }
}

function logoParagraphs(letter: LetterDocument): Paragraph[] {
  const logo = letter.sender.logo;
  const data = logo ? Buffer.from(logo.base64, 'base64') : null;
  const size = data ? readImageSize(data) : null;
  if (!logo || !data || !size) return [];
  const height = 56;
  const width = Math.round((size.width / size.height) * height);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: logo.contentType === 'image/png' ? 'png' : 'jpg',
          data,
          transformation: { width, height },
          altText: { name: 'logo', title: logo.description, description: logo.description },
        }),
      ],
    }),
  ];
}

/** The sender block at the top right: sender, title, administration, address, phone and e-mail. */
function senderParagraphs(letter: LetterDocument): Paragraph[] {
  const sender = letter.sender;
  const labels = letter.contactLabels;
  const right = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold, size: SMALL })] });
  const lines: [string, boolean][] = [
    [sender.name, true],
    ...(sender.title ? [[sender.title, false] as [string, boolean]] : []),
    ...(sender.administration ? [[sender.administration, false] as [string, boolean]] : []),
    ...sender.addressLines.map((line): [string, boolean] => [line, false]),
    ...(sender.phone ? [[`${labels.phone} ${sender.phone}`, false] as [string, boolean]] : []),
    ...(sender.email ? [[`${labels.email} ${sender.email}`, false] as [string, boolean]] : []),
  ];
  return lines.filter(([line]) => line !== '').map(([line, bold]) => right(line, bold));
}

function letterChildren(letter: LetterDocument): (Paragraph | Table)[] {
  const sender = letter.sender;
  const meta = [{ label: letter.dateLabel, value: letter.date }, ...letter.references];
  const children: (Paragraph | Table)[] = [
    ...logoParagraphs(letter),
    ...senderParagraphs(letter),
    new Paragraph({ text: '' }),
    new Paragraph({ children: [new TextRun({ text: `${letter.recipientsLabel}:` })] }),
    ...letter.recipients.map((r) => new Paragraph({ text: r })),
    new Paragraph({ text: '' }),
    ...meta.map((m) => new Paragraph({ children: [new TextRun({ text: `${m.label}: ${m.value}`, size: SMALL })] })),
    new Paragraph({ text: letter.subject, heading: HeadingLevel.HEADING_1, keepNext: true }),
    ...letter.body.flatMap(blockToDocx),
  ];
  if (letter.greeting) {
    const signer = sender.signatory ?? { name: sender.name, title: sender.title };
    children.push(
      new Paragraph({ text: letter.greeting, spacing: { before: 360 }, keepNext: true }),
      new Paragraph({ children: [new TextRun({ text: signer.name, bold: true })], spacing: { before: 480 }, keepNext: true }),
      ...(signer.title ? [new Paragraph({ text: signer.title })] : []),
    );
  }
  if (letter.annexes.length > 0) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: letter.annexesLabel, bold: true })], spacing: { before: 360 }, keepNext: true }),
      ...letter.annexes.map((a) => new Paragraph({ text: `${a.label}: ${a.title}`, bullet: { level: 0 } })),
    );
  }
  for (const annex of letter.annexes) {
    children.push(
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ text: `${annex.label}: ${annex.title}`, heading: HeadingLevel.HEADING_1, keepNext: true }),
      ...annex.blocks.flatMap(blockToDocx),
    );
  }
  return children;
}

export async function letterToDocx(letter: LetterDocument): Promise<Buffer> {
  const document = new Document({
    title: letter.title,
    creator: letter.sender.name || 'Barometer',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        children: letterChildren(letter),
      },
    ],
  });
  return Packer.toBuffer(document);
}
