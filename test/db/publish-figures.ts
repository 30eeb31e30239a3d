// Stages one figure through the importer and publishes its release, as a
// data supplier and an analyst would: a change to the public data that every
// instance must show.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLineActor } from '../../src/domain/permissions.js';
import type { Db } from '../../src/services/database.js';
import { importFile } from '../../src/services/imports/import-file.js';
import { publishRelease } from '../../src/services/releases/publish.js';

/** Publishes the safety indicator's (tryghed) figure for `period`; returns the release id. */
export async function publishSafetyFigure(db: Db, period: string, value: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'barometer-publish-'));
  try {
    const file = join(dir, 'figures.csv');
    writeFileSync(file, `indicator;period;group;area;value;flags;note\ntryghed;${period};total;kbh;${value};;\n`);
    const ctx = { actor: commandLineActor('test'), now: new Date() };
    const report = await importFile(db, file, { dryRun: false }, ctx);
    if (!report.release || report.problemCount > 0) throw new Error(`the import was refused: ${JSON.stringify(report)}`);
    await publishRelease(db, report.release.id, {}, ctx);
    return report.release.id;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
