// Column widths for a letter's tables in a word processor, from what the
// columns hold. With equal widths LibreOffice broke a header such as
// "Indsatsområde" in the middle of the word; here every column is at least
// as wide as its longest word (header words counted as bold), and the room
// left is shared by how much text each column has. Widths are in twips
// (1/1440 inch), as DOCX measures them; character widths are for a 9.5 pt
// sans-serif as wide as DejaVu Sans (what LibreOffice falls back to when
// Arial is missing), so Arial fits with room to spare.

const BODY_CHAR = 130;
const BOLD_CHAR = 140;
/** Left and right cell margins (DOCX default 108 twips each) and room for a status marker. */
const PADDING = 360;
/** Text longer than this wraps anyway, so it asks for no more room. */
const WRAP_AT = 45;

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => [...w].length));

export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], totalTwips: number): number[] {
  const columns = header.map((title, c) => ({ title, cells: rows.map((r) => r[c] ?? '') }));
  const least = columns.map(({ title, cells }) => PADDING + Math.max(longestWord(title) * BOLD_CHAR, ...cells.map((cell) => longestWord(cell) * BODY_CHAR)));
  const wanted = columns.map(({ title, cells }, c) =>
    Math.max(
      least[c]!,
      PADDING + Math.max(Math.min([...title].length, WRAP_AT) * BOLD_CHAR, ...cells.map((cell) => Math.min([...cell].length, WRAP_AT) * BODY_CHAR)),
    ),
  );
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(least) >= totalTwips) {
    // Too many long words to fit: shrink in proportion (words may then break).
    widths = least.map((w) => (w * totalTwips) / sum(least));
  } else if (sum(wanted) <= totalTwips) {
    // Room for everything on one line: share the rest by what each wants.
    widths = wanted.map((w) => w + ((totalTwips - sum(wanted)) * w) / sum(wanted));
  } else {
    // Each gets its longest word; the room left goes where text must wrap.
    const spare = totalTwips - sum(least);
    const need = wanted.map((w, c) => w - least[c]!);
    widths = least.map((w, c) => w + (spare * need[c]!) / sum(need));
  }
  const rounded = widths.map((w) => Math.floor(w));
  const last = rounded.length - 1;
  rounded[last] = rounded[last]! + totalTwips - sum(rounded);
  return rounded;
}
