// Numbers as people type them in spreadsheets, Danish or English: `52,3` and
// `52.3`, `1.234,5` and `1,234.5`, `1 234,5`, a real minus sign (−) as our
// own exports write it, and `1.5e3`. A lone separator is read as the decimal
// separator, so `1,234` is 1.234 as a Danish reader means it; thousands must
// be grouped in threes to be read as thousands. NaN and infinities are told
// apart from text that is no number at all, because they usually come from a
// broken formula rather than a typing slip.

export type ParsedNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly code: 'not_a_number' | 'nan' | 'infinite' };

const PLAIN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const DANISH_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const ENGLISH_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const NAN = /^[+-]?nan$/i;
const INFINITY = /^[+-]?(?:inf|infinity|∞)$/i;
// No-break and thin spaces that spreadsheets use between thousands.
const SPACES = /[\u00a0\u202f\u2009]/g;

const fail = (code: 'not_a_number' | 'nan' | 'infinite'): ParsedNumber => ({ ok: false, code });

/** A number already read (JSON reads 1e309 as Infinity): refused when it is NaN or infinite. */
export function finiteNumber(value: number): ParsedNumber {
  if (Number.isNaN(value)) return fail('nan');
  return Number.isFinite(value) ? { ok: true, value } : fail('infinite');
}

/** Reads a number from a cell's text (not empty: the caller handles empty cells). */
export function parseDecimal(text: string): ParsedNumber {
  let s = text.trim();
  if (s.charCodeAt(0) === 0x2212) s = '-' + s.slice(1);
  if (PLAIN.test(s)) return finiteNumber(Number(s.replace(',', '.')));
  s = s.replace(SPACES, ' ');
  if (DANISH_GROUPED.test(s)) return finiteNumber(Number(s.replaceAll('.', '').replace(',', '.')));
  if (ENGLISH_GROUPED.test(s)) return finiteNumber(Number(s.replaceAll(',', '')));
  if (SPACE_GROUPED.test(s)) return finiteNumber(Number(s.replaceAll(' ', '').replace(',', '.')));
  if (NAN.test(s)) return fail('nan');
  if (INFINITY.test(s)) return fail('infinite');
  return fail('not_a_number');
}

/** Reads a number the way machine-written files (Open SDG, JSON-stat) write them: point decimals only. */
export function parseMachineNumber(text: string): ParsedNumber {
  const s = text.trim();
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return finiteNumber(Number(s));
  if (NAN.test(s)) return fail('nan');
  if (INFINITY.test(s)) return fail('infinite');
  return fail('not_a_number');
}

export function describeNumberProblem(code: 'not_a_number' | 'nan' | 'infinite', text: string): string {
  if (code === 'nan') return `"${text}" is NaN (not a number), which cannot be a figure.`;
  if (code === 'infinite') return `"${text}" is infinite, which cannot be a figure.`;
  return `"${text}" is not a number.`;
}
