// Run as a child process by the interruption test: imports a file into an
// SQLite database and says how far it has come after every batch, so the
// test can kill it in the middle of the import's transaction.
//   node --import tsx test/imports/support/import-child.ts DB_FILE CSV_FILE
import { sql } from 'kysely';
import { openDatabase } from '../../../src/db/dialect.js';
import { importFile } from '../../../src/services/imports/import-file.js';
import { commandLineActor } from '../../../src/domain/permissions.js';

const [dbFile, csvFile] = process.argv.slice(2);
const database = await openDatabase(`sqlite:${dbFile}`);
// A small page cache makes SQLite write the open transaction to its log early,
// as it does for imports larger than the cache, so the kill leaves it on disk.
await sql`pragma cache_size = 64`.execute(database.db);
const report = await importFile(
  database.db,
  csvFile!,
  { dryRun: false, onProgress: (progress) => process.stdout.write(`staged ${progress.staged}\n`) },
  { actor: commandLineActor('child'), now: new Date() },
);
process.stdout.write(`done ${report.committed}\n`);
await database.close();
