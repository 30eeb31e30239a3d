// Every file in test/fixtures/malformed is refused with the problem its name
// gives, by a real commit, and the database is the same afterwards: a dump of
// every table is compared before and after each file, on both engines.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/imports/import-file.js';
import { PROBLEM_CODES } from '../../src/importers/problem.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from './support/dump-database.js';
import { seedModel } from './support/seed-model.js';
import { templateSource } from './support/sources.js';
import { runImport } from '../../src/services/imports/run-import.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const DIR = fileURLToPath(new URL('../fixtures/malformed/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((name) => /\.(csv|xlsx|json)$/.test(name))
  .sort();
const ctx = { actor: commandLineActor('analyst'), now: new Date('2026-04-01T08:00:00Z') };

const expectedCode = (name: string) => name.split('--')[0]!;
const mappingOf = (name: string) => {
  const mapping = `${DIR}${name.replace(/\.(csv|xlsx|json)$/, '.mapping.yaml')}`;
  return existsSync(mapping) ? mapping : undefined;
};

describe('the folder of malformed files', () => {
  it('holds at least 30 files, each named after a problem code', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    for (const name of FILES) expect(PROBLEM_CODES, name).toContain(expectedCode(name));
  });
});

describe.each(ENGINES)('malformed files on %s', (engine) => {
  let database: TestDatabase;
  let before: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedModel(database.db);
    before = await dumpDatabase(database.db, engine);
  });
  afterAll(() => database.drop());

  it.each(FILES)('refuses %s and leaves the database as it was', async (name) => {
    const report = await importFile(database.db, `${DIR}${name}`, { dryRun: false, mappingFile: mappingOf(name) }, ctx);
    expect(report.committed).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(new Set(report.problems.map((p) => p.code))).toEqual(new Set([expectedCode(name)]));
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('sees the change a good file makes, so the comparison can fail', async () => {
    const report = await runImport(database.db, templateSource(['indicator;period;group;value', 'ledere;2014;total;11']), { dryRun: false }, ctx);
    expect(report.committed).toBe(true);
    expect(await dumpDatabase(database.db, engine)).not.toBe(before);
  });
});
