// Restores a backup into an empty database, migrated or not: brings its
// schema to the migrations the backup was made under, inserts every row in
// one transaction (all or nothing), then runs what the product has added
// since. A database with any data in it is refused: a restore never merges.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { KNOWN_MIGRATIONS, listAppliedMigrations, migrateUpTo } from '../../db/backup/migration-history.js';
import { advanceIdentities, deferForeignKeys, hasRows, insertRows } from '../../db/backup/table-rows.js';
import type { CellValue } from '../../db/backup/table-rows.js';
import { listTableShapes } from '../../db/backup/table-shapes.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { Db } from '../database.js';
import { Conflict, Invalid } from '../errors.js';
import { backupHeaderSchema, decodeRow, endLineSchema, tableLineSchema } from './backup-format.js';
import type { BackupHeader } from './backup-format.js';
import type { BackupSummary } from './write-backup.js';

const BATCH_ROWS = 1000;

export async function restoreBackup(db: Db, file: string): Promise<BackupSummary> {
  const lines = readLines(file);
  const header = parseHeader(await lines.next());
  await prepareSchema(db, header);
  await refuseNonEmpty(db);
  const summary = await db.transaction().execute(async (trx) => {
    await deferForeignKeys(trx);
    const counted = await insertAll(trx, lines);
    await advanceIdentities(trx, await listTableShapes(trx));
    return counted;
  });
  await migrateToLatest(db);
  return summary;
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Invalid('error.backup.noSuchFile', { file });
    if (code?.startsWith('Z_')) throw new Invalid('error.backup.notGzip', { file });
    throw error;
  }
}

function parseHeader(first: IteratorResult<string>): BackupHeader {
  const header = first.done ? undefined : backupHeaderSchema.safeParse(safeJson(first.value));
  if (!header?.success) throw new Invalid('error.backup.noHeader');
  const unknown = header.data.migrations.find((name) => !KNOWN_MIGRATIONS.includes(name));
  if (unknown) throw new Invalid('error.backup.newer', { migration: unknown });
  return header.data;
}

/** The schema the rows were written under: the backup's migrations, no more. */
async function prepareSchema(db: Db, header: BackupHeader): Promise<void> {
  const applied = await listAppliedMigrations(db);
  const ahead = applied.find((name) => !header.migrations.includes(name));
  if (ahead) {
    throw new Conflict('error.backup.databaseAhead', { migration: ahead });
  }
  const last = header.migrations.at(-1);
  if (last) await migrateUpTo(db, last);
}

async function refuseNonEmpty(db: Db): Promise<void> {
  for (const table of await listTableShapes(db)) {
    if (await hasRows(db, table.name)) {
      throw new Conflict('error.backup.databaseNotEmpty', { table: table.name });
    }
  }
}

async function insertAll(db: Db, lines: AsyncGenerator<string>): Promise<BackupSummary> {
  const summary = { tables: 0, rows: 0 };
  let table: { name: string; columns: string[] } | undefined;
  let batch: CellValue[][] = [];
  const flush = async () => {
    if (table && batch.length > 0) await insertRows(db, table.name, table.columns, batch);
    batch = [];
  };
  for await (const line of lines) {
    if (line.startsWith('[')) {
      const row = table ? decodeRow(line, table.columns.length) : null;
      if (!row) throw new Invalid(table ? 'error.backup.malformedRowIn' : 'error.backup.malformedRow', table ? { table: table.name } : {});
      batch.push(row);
      summary.rows++;
      if (batch.length >= BATCH_ROWS) await flush();
      continue;
    }
    await flush();
    const parsed = safeJson(line);
    const next = tableLineSchema.safeParse(parsed);
    if (next.success) {
      table = { name: next.data.table, columns: next.data.columns };
      summary.tables++;
      continue;
    }
    const end = endLineSchema.safeParse(parsed);
    if (end.success && end.data.rows === summary.rows && end.data.tables === summary.tables) return summary;
    throw new Invalid('error.backup.countMismatch');
  }
  throw new Invalid('error.backup.cutOff');
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
