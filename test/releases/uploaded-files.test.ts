// An upload is read from memory, not from a path (openSource's `{ name,
// bytes }` input). Every malformed file of test/fixtures/malformed is
// refused through it with the same problems as through the file path (the
// CLI's way), and a commit of it leaves the database byte for byte as it
// was; good JSON-stat and Open SDG uploads (with their mapping and metadata
// files) read the same figures as the files do.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/imports/import-file.js';
import { commitUpload, previewUpload } from '../../src/services/imports/import-upload.js';
import type { UploadedFile } from '../../src/services/imports/import-upload.js';
import { insertFocusArea, insertGoal, insertPolicy } from '../../src/db/repositories/policies.js';
import { insertArea } from '../../src/db/repositories/organisation.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { createRelease } from '../../src/services/releases/create.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from '../imports/support/dump-database.js';
import { seedModel } from '../imports/support/seed-model.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const MALFORMED = fileURLToPath(new URL('../fixtures/malformed/', import.meta.url));
const FILES = readdirSync(MALFORMED)
  .filter((name) => /\.(csv|xlsx|json)$/.test(name))
  .sort();
const ctx = { actor: commandLineActor('analyst'), now: new Date('2026-04-01T08:00:00Z') };
const ALL = { allowed: null };

const upload = (path: string): UploadedFile => ({ name: basename(path), bytes: readFileSync(path) });
const mappingOf = (path: string) => {
  const mapping = path.replace(/\.(csv|xlsx|json)$/, '.mapping.yaml');
  return existsSync(mapping) ? mapping : undefined;
};
const problemsOf = (report: { problems: readonly { row: number | null; column: string | null; code: string }[] }) =>
  report.problems.map((p) => `${p.row}:${p.column}:${p.code}`).sort();

describe.each(ENGINES)('uploaded files on %s', (engine) => {
  let database: TestDatabase;
  let releaseId: number;
  let before: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const seeded = await seedModel(database.db);
    releaseId = (await createRelease(database.db, { policyId: seeded.policyId, titleDa: 'Kladde' }, ctx)).id;
    before = await dumpDatabase(database.db, engine);
  });
  afterAll(() => database.drop());

  it.each(FILES)('refuses %s as the file path does, and a commit changes nothing', async (name) => {
    const path = `${MALFORMED}${name}`;
    const mapping = mappingOf(path);
    const meta = path.replace(/\.csv$/, '.md');
    const options = { releaseId, scope: ALL, mapping: mapping ? upload(mapping) : undefined, meta: existsSync(meta) ? upload(meta) : undefined };
    const fromPath = await importFile(database.db, path, { dryRun: true, releaseId, mappingFile: mapping }, ctx);
    const preview = await previewUpload(database.db, upload(path), options, ctx);
    expect(preview.problemCount).toBeGreaterThan(0);
    expect(problemsOf(preview)).toEqual(problemsOf(fromPath));
    const committed = await commitUpload(database.db, upload(path), options, ctx);
    expect(committed.outcome).toBe('rejected');
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });
});

describe.each(ENGINES)('a good upload reads as its file does, on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadDemoData(database.db, await readDemoFile(), {}, ctx);
  });
  afterAll(() => database.drop());

  const JSONSTAT = fileURLToPath(new URL('../fixtures/jsonstat/folk1a-kvartal.json', import.meta.url));
  it('reads a JSON-stat upload with its mapping the same as the file', async () => {
    const policy = await database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    const releaseId = (await createRelease(database.db, { policyId: policy.id, titleDa: 'Kladde' }, ctx)).id;
    const mapping = mappingOf(JSONSTAT)!;
    const fromPath = await importFile(database.db, JSONSTAT, { dryRun: true, releaseId, mappingFile: mapping }, ctx);
    const preview = await previewUpload(database.db, upload(JSONSTAT), { releaseId, scope: ALL, mapping: upload(mapping) }, ctx);
    expect(preview.counts).toEqual(fromPath.counts);
    expect(preview.sample).toEqual(fromPath.sample);
    expect(problemsOf(preview)).toEqual(problemsOf(fromPath));
  });
});

describe.each(ENGINES)('the UK Open SDG sample uploaded with its mapping and metadata, on %s', (engine) => {
  const UK = fileURLToPath(new URL('../fixtures/opensdg-uk/', import.meta.url));
  let database: TestDatabase;
  let releaseId: number;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const policy = await insertPolicy(database.db, {
      code: 'sdg-uk',
      title_da: 'SDG',
      first_year: 2000,
      last_year: 2030,
      state: 'active',
      default_method: 'opensdg',
    });
    const focus = await insertFocusArea(database.db, { policy_id: policy.id, number: 1, code: 'sdg', title_da: 'Verdensmål' });
    await insertGoal(database.db, { policy_id: policy.id, focus_area_id: focus.id, number: 1, code: 'sdg', title_da: 'Verdensmålene' });
    await insertArea(database.db, { code: 'uk', name_da: 'Storbritannien', kind: 'country' });
    releaseId = (await createRelease(database.db, { policyId: policy.id, titleDa: 'UK' }, ctx)).id;
  });
  afterAll(() => database.drop());

  it.each(['4-2-1', '8-5-2', '16-1-1'])('reads indicator_%s.csv as the file path does, and commits the same figures', async (id) => {
    const path = `${UK}data/indicator_${id}.csv`;
    const options = { releaseId, scope: ALL, mapping: upload(`${UK}mapping.yaml`), meta: upload(`${UK}meta/${id}.md`) };
    const fromPath = await importFile(database.db, path, { dryRun: true, releaseId, mappingFile: `${UK}mapping.yaml` }, ctx);
    const preview = await previewUpload(database.db, upload(path), options, ctx);
    expect(preview.counts).toEqual(fromPath.counts);
    expect(preview.sample).toEqual(fromPath.sample);
    expect(preview.created).toEqual(fromPath.created);
    expect(problemsOf(preview)).toEqual(problemsOf(fromPath));
    const committed = await commitUpload(database.db, upload(path), options, ctx);
    expect(committed.outcome).toBe(fromPath.problemCount === 0 ? 'committed' : 'rejected');
    if (committed.outcome === 'committed') expect(committed.report.counts.new).toBe(fromPath.counts.new);
  });
});
