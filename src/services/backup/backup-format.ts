// The backup file: gzip'd JSON lines, the same for SQLite and PostgreSQL, so
// a backup restores on either engine and needs no pg_dump of a matching
// version. A header names the migrations the data was made under; then each
// table (in foreign-key order) as one line with its columns followed by one
// line per row; a last line counts the rows, so a cut-off file is refused
// instead of half restored.
//
//   {"format":"barometer-backup","version":1,"createdAt":"…","engine":"sqlite","migrations":[…]}
//   {"table":"policies","columns":["id","code",…]}
//   [1,"inklusion",…]
//   {"end":true,"tables":31,"rows":5120}
import { z } from 'zod';
import type { CellValue } from '../../db/backup/table-rows.js';

export const BACKUP_FORMAT = 'barometer-backup';
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const tableLineSchema = z.object({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
export const endLineSchema = z.object({ end: z.literal(true), tables: z.number().int(), rows: z.number().int() });

/** File contents (blob / bytea) travel as base64 in a one-key object. */
const BINARY_KEY = '$base64';

export function encodeRow(row: readonly CellValue[]): string {
  return JSON.stringify(row.map((value) => (Buffer.isBuffer(value) ? { [BINARY_KEY]: value.toString('base64') } : value)));
}

export function decodeRow(line: string, columns: number): CellValue[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== columns) return null;
  const row: CellValue[] = [];
  for (const value of parsed as unknown[]) {
    if (value === null || typeof value === 'string' || typeof value === 'number') row.push(value);
    else if (typeof value === 'object' && typeof (value as Record<string, unknown>)[BINARY_KEY] === 'string') {
      row.push(Buffer.from((value as Record<string, string>)[BINARY_KEY]!, 'base64'));
    } else return null;
  }
  return row;
}
