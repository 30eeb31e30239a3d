// Writes a backup of the whole database to a file while the instance keeps
// running: every table is read inside one read transaction, so the backup is
// one consistent moment even if a release is published meanwhile. The file
// appears under its name only once complete.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { listAppliedMigrations } from '../../db/backup/migration-history.js';
import { readTablePage } from '../../db/backup/table-rows.js';
import { listTableShapes } from '../../db/backup/table-shapes.js';
import { engineOf } from '../../db/dialect.js';
import type { Db } from '../database.js';
import { BACKUP_FORMAT, BACKUP_VERSION, encodeRow } from './backup-format.js';
import type { BackupHeader } from './backup-format.js';

const PAGE_ROWS = 2000;

export interface BackupSummary {
  readonly tables: number;
  readonly rows: number;
}

export async function writeBackup(db: Db, file: string, now: Date): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const summary = { tables: 0, rows: 0 };
  // PostgreSQL needs asking for one snapshot; a SQLite read transaction in WAL mode is one.
  const transaction = engineOf(db) === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  try {
    await transaction.execute(async (trx) => {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now.toISOString(),
        engine: engineOf(db),
        migrations: await listAppliedMigrations(trx),
      };
      const tables = await listTableShapes(trx);
      async function* lines() {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          yield `${JSON.stringify({ table: table.name, columns: table.columns })}\n`;
          summary.tables++;
          for (let offset = 0; ; offset += PAGE_ROWS) {
            const rows = await readTablePage(trx, table, offset, PAGE_ROWS);
            if (rows.length > 0) yield rows.map((row) => `${encodeRow(row)}\n`).join('');
            summary.rows += rows.length;
            if (rows.length < PAGE_ROWS) break;
          }
        }
        yield `${JSON.stringify({ end: true, ...summary })}\n`;
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
    });
    await rename(partial, file);
    return summary;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
