// The flags cell of Barometer's template: whether a figure is provisional
// (foreløbig) or estimated (skønnet). Written as letters or words, in Danish
// or English, separated by spaces, commas or plus signs: `p`, `e`, `p,e`,
// `foreløbig`. Open SDG and JSON-stat status codes use the same letters.

export interface FigureFlags {
  readonly provisional: boolean;
  readonly estimated: boolean;
}

const PROVISIONAL = new Set(['p', 'provisional', 'foreløbig', 'foreloebig', 'forelobig']);
const ESTIMATED = new Set(['e', 'estimated', 'estimate', 'skønnet', 'skoennet', 'skøn', 'estimeret']);

export const NO_FLAGS: FigureFlags = Object.freeze({ provisional: false, estimated: false });

/** The flags of a cell, or the first word it does not know. */
export function parseFlags(text: string): { ok: true; flags: FigureFlags } | { ok: false; unknown: string } {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s,;+/]+/)
    .filter(Boolean);
  if (words.length === 0) return { ok: true, flags: NO_FLAGS };
  let provisional = false;
  let estimated = false;
  for (const word of words) {
    if (PROVISIONAL.has(word)) provisional = true;
    else if (ESTIMATED.has(word)) estimated = true;
    else return { ok: false, unknown: word };
  }
  return { ok: true, flags: { provisional, estimated } };
}

/**
 * Flags from an observation status as statistics offices write it: SDMX
 * codes (`P`, `E`) or words (`Provisional value`, `Estimated value`).
 * Statuses that say neither (`Normal value`, `Undefined`) set no flag.
 */
export function flagsFromStatus(status: string | null | undefined): FigureFlags {
  if (!status) return NO_FLAGS;
  const s = status.trim().toLowerCase();
  const provisional = s === 'p' || s.includes('provisional') || s.includes('foreløbig');
  const estimated = s === 'e' || s.includes('estimate') || s.includes('skøn');
  return provisional || estimated ? { provisional, estimated } : NO_FLAGS;
}
