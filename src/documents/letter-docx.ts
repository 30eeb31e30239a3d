// A letter as a Word document (docx): the same structure as the HTML, in
// Word's own headings, bullet lists and tables, so the secretariat can go on
// editing it in Word or LibreOffice. Text goes in as text runs; docx escapes
// it, so nothing in a title can become markup.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, LetterDocument, Run } from '../domain/letters/document.js';
import { readImageSize } from '../domain/letters/image-size.js';

const HEADINGS = { 1: HeadingLevel.HEADING_2, 2: HeadingLevel.HEADING_3, 3: HeadingLevel.HEADING_4 } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

const textRuns = (runs: readonly Run[]) => runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }));

function cell(value: string, bold: boolean): TableCell {
  return new TableCell({ borders: BORDERS, children: [new Paragraph({ children: [new TextRun({ text: value, bold, size: 19 })] })] });
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs), spacing: { after: 120 } })];
    case 'list':
      return block.items.map((item) => new Paragraph({ children: textRuns(item), bullet: { level: 0 } }));
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 120 } }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((value) => cell(value, false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
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

function letterChildren(letter: LetterDocument): (Paragraph | Table)[] {
  const sender = letter.sender;
  const right = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold, size: 19 })] });
  const children: (Paragraph | Table)[] = [
    ...logoParagraphs(letter),
    ...[sender.name, ...sender.addressLines].filter((line) => line !== '').map((line, i) => right(line, i === 0)),
    new Paragraph({ text: '' }),
    new Paragraph({ children: [new TextRun({ text: `${letter.recipientsLabel}:` })] }),
    ...letter.recipients.map((r) => new Paragraph({ text: r })),
    new Paragraph({ text: '' }),
    new Paragraph({ text: `${letter.dateLabel}: ${letter.date}` }),
    new Paragraph({ text: letter.subject, heading: HeadingLevel.HEADING_1 }),
    ...letter.body.flatMap(blockToDocx),
  ];
  if (letter.greeting) {
    children.push(
      new Paragraph({ text: letter.greeting, spacing: { before: 360 } }),
      new Paragraph({ children: [new TextRun({ text: sender.name, bold: true })] }),
      ...(sender.title ? [new Paragraph({ text: sender.title })] : []),
    );
  }
  if (letter.annexes.length > 0) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: letter.annexesLabel, bold: true })], spacing: { before: 360 } }),
      ...letter.annexes.map((a) => new Paragraph({ text: `${a.label}: ${a.title}`, bullet: { level: 0 } })),
    );
  }
  for (const annex of letter.annexes) {
    children.push(
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ text: `${annex.label}: ${annex.title}`, heading: HeadingLevel.HEADING_1 }),
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
    sections: [{ children: letterChildren(letter) }],
  });
  return Packer.toBuffer(document);
}
