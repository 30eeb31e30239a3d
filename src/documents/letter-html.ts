// A letter as one standalone HTML file: no outside resources (the logo is
// inlined), styles for screen and for A4 print, every text escaped. It is
// also what Chromium prints to PDF; for that the letter's typeface is
// inlined too (`embedFonts`), since the printer has no network.
//
// In print, a table's header row repeats on every page (thead), rows are
// not split, and a caption or heading never ends a page alone. A status is
// its word after a coloured shape (status-marker.ts).
import { cellText } from '../domain/letters/document.js';
import type { Block, Cell, LetterDocument, Run } from '../domain/letters/document.js';
import { embeddedLetterFonts } from './letter-fonts.js';
import { markerSvg } from './status-marker.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A status: the marker glued to the first word, so a line never ends with a lone marker. */
function statusHtml(colour: NonNullable<Run['marker']>, html: string): string {
  const [first, rest] = html.split(/ (.*)/s) as [string, string | undefined];
  return `<span class="status"><span class="status-lead">${markerSvg(colour)}${first}</span>${rest === undefined ? '' : ` ${rest}`}</span>`;
}

function runs(parts: readonly Run[]): string {
  return parts
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return run.marker ? statusHtml(run.marker, html) : html;
    })
    .join('');
}

function cellHtml(cell: Cell): string {
  return typeof cell === 'string' ? escapeHtml(cell) : statusHtml(cell.marker, escapeHtml(cellText(cell)));
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p>${runs(b.runs)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((item) => `  <li>${runs(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map(
        (row) => `  <tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellHtml(cell)}</th>` : `<td>${cellHtml(cell)}</td>`)).join('')}</tr>`,
      );
      return `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/** The letter's own styles, inline, so the HTML reads the same saved, printed or previewed. */
export const LETTER_CSS = `
  @page { size: A4; margin: 20mm 20mm 22mm; }
  body { font-family: "IBM Plex Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  @media print { body { margin: 0; max-width: none; padding: 0; } .annex { break-before: page; } }
  header.letterhead { display: flex; justify-content: space-between; align-items: flex-start; gap: 2rem; margin-bottom: 1.5rem; }
  header.letterhead img { max-height: 3.5rem; max-width: 14rem; }
  .sender { text-align: right; font-size: 9pt; line-height: 1.35; }
  .sender p, .recipients p, .meta p { margin: 0; }
  .addressee { display: flex; justify-content: space-between; gap: 2rem; margin-bottom: 1rem; }
  .meta { font-size: 9pt; text-align: right; }
  h1 { font-size: 15pt; font-weight: 600; margin: 1.5rem 0 1rem; }
  h2 { font-size: 12.5pt; font-weight: 600; margin: 1.4rem 0 0.5rem; }
  h3 { font-size: 11pt; font-weight: 600; margin: 1.1rem 0 0.4rem; }
  h4 { font-size: 10.5pt; font-weight: 600; margin: 1rem 0 0.3rem; }
  h1, h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
  strong, th { font-weight: 600; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 9pt; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  thead { display: table-header-group; break-inside: avoid; break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; hyphens: manual; overflow-wrap: normal; }
  thead th { background: #eee; }
  tbody th { font-weight: normal; }
  .status-lead { white-space: nowrap; }
  .status .marker { width: 0.7em; height: 0.7em; margin-right: 0.3em; vertical-align: -0.05em; }
  .signature { margin-top: 2rem; break-inside: avoid; }
  .signature .signer { margin-top: 2.5rem; }
  .signature p { margin: 0 0 0.2rem; }
  .annex-list { margin-top: 2rem; }
`;

function senderLines(letter: LetterDocument): string[] {
  const sender = letter.sender;
  const lines = [
    `<p><strong>${escapeHtml(sender.name)}</strong></p>`,
    ...[sender.title, sender.administration, ...sender.addressLines].filter((line): line is string => !!line).map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(sender.phone ? [`<p>${escapeHtml(`${letter.contactLabels.phone} ${sender.phone}`)}</p>`] : []),
    ...(sender.email ? [`<p>${escapeHtml(`${letter.contactLabels.email} ${sender.email}`)}</p>`] : []),
  ];
  return sender.name === '' ? lines.slice(1) : lines;
}

export function letterToHtml(letter: LetterDocument, options: { embedFonts?: boolean } = {}): string {
  const sender = letter.sender;
  const logo = sender.logo ? `<img src="data:${sender.logo.contentType};base64,${sender.logo.base64}" alt="${escapeHtml(sender.logo.description)}">` : '';
  const signer = sender.signatory ?? { name: sender.name, title: sender.title };
  const signature = letter.greeting
    ? `<div class="signature"><p>${escapeHtml(letter.greeting)}</p><p class="signer"><strong>${escapeHtml(signer.name)}</strong></p>${signer.title ? `<p>${escapeHtml(signer.title)}</p>` : ''}</div>`
    : '';
  const meta = [{ label: letter.dateLabel, value: letter.date }, ...letter.references].map((m) => `<p>${escapeHtml(`${m.label}: ${m.value}`)}</p>`);
  const annexList =
    letter.annexes.length === 0
      ? ''
      : `<div class="annex-list"><p><strong>${escapeHtml(letter.annexesLabel)}</strong></p><ul>${letter.annexes.map((a) => `<li>${escapeHtml(`${a.label}: ${a.title}`)}</li>`).join('')}</ul></div>`;
  const annexes = letter.annexes.map(
    (annex) => `<section class="annex">\n<h1>${escapeHtml(`${annex.label}: ${annex.title}`)}</h1>\n${annex.blocks.map(block).join('\n')}\n</section>`,
  );
  const fonts = options.embedFonts ? `\n<style>${embeddedLetterFonts()}</style>` : '';
  return `<!doctype html>
<html lang="${letter.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(letter.title)}</title>${fonts}
<style>${LETTER_CSS}</style>
</head>
<body>
<header class="letterhead">
<div>${logo}</div>
<div class="sender">${senderLines(letter).join('')}</div>
</header>
<main>
<div class="addressee">
<div class="recipients"><p>${escapeHtml(letter.recipientsLabel)}:</p>${letter.recipients.map((r) => `<p>${escapeHtml(r)}</p>`).join('')}</div>
<div class="meta">${meta.join('')}</div>
</div>
<h1>${escapeHtml(letter.subject)}</h1>
${letter.body.map(block).join('\n')}
${signature}
${annexList}
${annexes.join('\n')}
</main>
</body>
</html>
`;
}
