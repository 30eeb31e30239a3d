// Import sources made from text in a test, read by the real readers.
import { readBarometerCsv } from '../../../src/importers/barometer-csv.js';
import type { ImportSource } from '../../../src/importers/source-figure.js';

export async function* bytesOf(content: string | Buffer): AsyncGenerator<Uint8Array> {
  yield typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** Barometer's template as CSV, with `;` and decimal commas as Danish Excel writes it. */
export function templateSource(lines: readonly string[], name = 'tal.csv'): ImportSource {
  return { format: 'barometer', name, indicatorDrafts: [], events: readBarometerCsv(bytesOf(lines.join('\r\n') + '\r\n')) };
}
