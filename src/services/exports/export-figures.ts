// Writes every published figure to a file for download or archive: CSV
// (UTF-8 with a byte order mark so Excel reads the Danish letters, a header
// row, commas and decimal points, formula-like text neutralised) or JSON
// (`{ "generated_at", "figures": [...] }`). Streams page by page.
import { once } from 'node:events';
import { mkdir, open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { CSV_BOM, DATA_DIALECT, toCsvLines } from '../csv/write-csv.js';
import { EXPORTED_FIELDS, readPublishedFigures } from './published-figures.js';

export type ExportFormat = 'csv' | 'json';

export interface ExportResult {
  readonly file: string;
  readonly figures: number;
}

const EXPORT_FILE_NAME = 'barometer-figures';

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function writePublishedFigures(db: Kysely<Database>, format: ExportFormat, out: Writable, generatedAt: Date): Promise<number> {
  let count = 0;
  if (format === 'csv') {
    await write(out, CSV_BOM + toCsvLines([EXPORTED_FIELDS], DATA_DIALECT));
    for await (const page of readPublishedFigures(db)) {
      await write(
        out,
        toCsvLines(
          page.map((figure) => EXPORTED_FIELDS.map((field) => figure[field])),
          DATA_DIALECT,
        ),
      );
      count += page.length;
    }
    return count;
  }
  await write(out, `{"generated_at":${JSON.stringify(generatedAt.toISOString())},"figures":[`);
  for await (const page of readPublishedFigures(db)) {
    await write(out, (count > 0 ? ',\n' : '\n') + page.map((figure) => JSON.stringify(figure)).join(',\n'));
    count += page.length;
  }
  await write(out, '\n]}\n');
  return count;
}

/** Writes `barometer-figures.csv` (or `.json`) in the directory, creating it if need be. */
export async function exportPublishedFigures(db: Kysely<Database>, options: { format: ExportFormat; outDir: string }, now: Date): Promise<ExportResult> {
  await mkdir(options.outDir, { recursive: true });
  const file = join(options.outDir, `${EXPORT_FILE_NAME}.${options.format}`);
  // Opened first, so a file that cannot be written fails here rather than in the stream.
  const out = (await open(file, 'w')).createWriteStream();
  let figures: number;
  try {
    figures = await writePublishedFigures(db, options.format, out, now);
  } catch (error) {
    out.destroy();
    throw error;
  }
  out.end();
  await finished(out);
  return { file, figures };
}
