// A letter as one standalone HTML file: no outside resources (the logo is
// inlined), styles for screen and for A4 print, every text escaped. It is
// also what Chromium prints to PDF.
import type { Block, LetterDocument, Run } from '../domain/letters/document.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function runs(parts: readonly Run[]): string {
  return parts
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
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
        (row) => `  <tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
      );
      return `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/** The letter's own styles, inline, so the HTML reads the same saved, printed or previewed. */
export const LETTER_CSS = `
  @page { size: A4; margin: 22mm 20mm; }
  body { font-family: "IBM Plex Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  @media print { body { margin: 0; max-width: none; padding: 0; } .annex { break-before: page; } }
  header.letterhead { display: flex; justify-content: space-between; gap: 2rem; margin-bottom: 2rem; }
  header.letterhead img { max-height: 3.5rem; max-width: 14rem; }
  .sender { text-align: right; font-size: 9.5pt; }
  .sender p, .recipients p, .meta p { margin: 0; }
  .recipients { margin-bottom: 1.5rem; }
  h1 { font-size: 16pt; margin: 1.5rem 0 1rem; }
  h2 { font-size: 13pt; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 11.5pt; margin: 1.2rem 0 0.4rem; }
  h4 { font-size: 11pt; margin: 1rem 0 0.3rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 9.5pt; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
  thead th { background: #eee; }
  tbody th { font-weight: normal; }
  .signature { margin-top: 2rem; }
  .annex-list { margin-top: 2rem; }
`;

export function letterToHtml(letter: LetterDocument): string {
  const sender = letter.sender;
  const logo = sender.logo ? `<img src="data:${sender.logo.contentType};base64,${sender.logo.base64}" alt="${escapeHtml(sender.logo.description)}">` : '';
  const senderLines = [sender.name, ...sender.addressLines].filter((line) => line !== '').map((line) => `<p>${escapeHtml(line)}</p>`);
  const signature = letter.greeting
    ? `<div class="signature"><p>${escapeHtml(letter.greeting)}</p><p><strong>${escapeHtml(sender.name)}</strong></p>${sender.title ? `<p>${escapeHtml(sender.title)}</p>` : ''}</div>`
    : '';
  const annexList =
    letter.annexes.length === 0
      ? ''
      : `<div class="annex-list"><p><strong>${escapeHtml(letter.annexesLabel)}</strong></p><ul>${letter.annexes.map((a) => `<li>${escapeHtml(`${a.label}: ${a.title}`)}</li>`).join('')}</ul></div>`;
  const annexes = letter.annexes.map(
    (annex) => `<section class="annex">\n<h1>${escapeHtml(`${annex.label}: ${annex.title}`)}</h1>\n${annex.blocks.map(block).join('\n')}\n</section>`,
  );
  return `<!doctype html>
<html lang="${letter.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(letter.title)}</title>
<style>${LETTER_CSS}</style>
</head>
<body>
<header class="letterhead">
<div>${logo}</div>
<div class="sender">${senderLines.join('')}</div>
</header>
<main>
<div class="recipients"><p>${escapeHtml(letter.recipientsLabel)}:</p>${letter.recipients.map((r) => `<p>${escapeHtml(r)}</p>`).join('')}</div>
<div class="meta"><p>${escapeHtml(letter.dateLabel)}: ${escapeHtml(letter.date)}</p></div>
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
