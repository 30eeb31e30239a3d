// The UK's Open SDG sample, imported as it is: every indicator created from
// its metadata, every figure staged, and read back exactly as the files state
// it. The expected figures are worked out here from the raw CSV (with
// csv-parse, not the importer), so a mistake in the importer cannot hide.
// The four smaller files are also published and read back from the public
// measurements; publishing the two large ones (16,000 figures) would only
// time the release service, which publishes figure by figure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPeriod } from '../../src/domain/period.js';
import { insertArea } from '../../src/db/repositories/organisation.js';
import { insertFocusArea, insertGoal, insertPolicy } from '../../src/db/repositories/policies.js';
import { importFile } from '../../src/services/imports/import-file.js';
import { createRelease } from '../../src/services/releases/create.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from './support/dump-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const UK = fileURLToPath(new URL('../fixtures/opensdg-uk/', import.meta.url));
const MAPPING = `${UK}mapping.yaml`;
const PUBLISHED = ['1-2-1', '10-2-1', '5-5-2', '8-6-1'];
const STAGED = ['4-2-1', '8-5-2'];
const FILES = [...PUBLISHED, ...STAGED];
const ATTRIBUTES = new Set(['Observation status', 'Unit multiplier', 'Unit measure']);
const ctx = { actor: commandLineActor('analyst'), now: new Date('2026-03-01T10:00:00Z') };

/** indicator|period|group|area → value, straight from the CSV. */
function expectedFigures(id: string): Map<string, number> {
  const [header, ...rows] = parse(readFileSync(`${UK}data/indicator_${id}.csv`), { relax_column_count: false }) as string[][];
  const expected = new Map<string, number>();
  for (const row of rows) {
    const value = row.at(-1)!;
    if (value === '') continue;
    const parts: string[] = [];
    let area = 'uk';
    header!.forEach((column, i) => {
      if (i === 0 || i === header!.length - 1 || ATTRIBUTES.has(column) || row[i] === '') return;
      if (column === 'GeoCode') area = row[i]!;
      else parts.push(`${column}: ${row[i]}`);
    });
    expected.set(`${id}|${toPeriod(row[0]!).label}|${parts.join('; ') || 'total'}|${area}`, Number(value));
  }
  return expected;
}

describe.each(ENGINES)('the UK Open SDG sample on %s', (engine) => {
  let database: TestDatabase;
  let policyId: number;
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
    policyId = policy.id;
  });
  afterAll(() => database.drop());

  it('refuses the homicide file, which gives two different totals for 2012/13, and changes nothing', async () => {
    const before = await dumpDatabase(database.db, engine);
    const report = await importFile(database.db, `${UK}data/indicator_16-1-1.csv`, { dryRun: false, mappingFile: MAPPING }, ctx);
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([{ row: 67, column: null, code: 'duplicate_key', message: 'The same indicator, period, group and area as row 34.' }]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('imports the other six files, creating each indicator from its metadata, and reads every figure back exactly', async () => {
    const toPublish = await createRelease(database.db, { policyId, titleDa: 'UK, small files' }, ctx);
    const toKeep = await createRelease(database.db, { policyId, titleDa: 'UK, large files' }, ctx);
    for (const id of FILES) {
      const releaseId = PUBLISHED.includes(id) ? toPublish.id : toKeep.id;
      const report = await importFile(database.db, `${UK}data/indicator_${id}.csv`, { dryRun: false, releaseId, mappingFile: MAPPING }, ctx);
      expect(report.problems, id).toEqual([]);
      expect(report.created.indicators).toEqual([id]);
      expect(report.counts.new).toBe(expectedFigures(id).size);
    }
    await publishRelease(database.db, toPublish.id, {}, ctx);

    const read = async (table: 'measurements' | 'release_figures') => {
      let query = database.db
        .selectFrom(table)
        .innerJoin('indicators', 'indicators.id', `${table}.indicator_id`)
        .innerJoin('groups', 'groups.id', `${table}.group_id`)
        .innerJoin('areas', 'areas.id', `${table}.area_id`)
        .select(['indicators.code as indicator', `${table}.period`, 'groups.name_da as group', 'areas.code as area', `${table}.value`]);
      if (table === 'release_figures') query = query.where('release_figures.release_id', '=', toKeep.id);
      const rows = await query.execute();
      return new Map(rows.map((r) => [`${r.indicator}|${r.period}|${r.group === 'Total' ? 'total' : r.group}|${r.area}`, r.value]));
    };
    const expectedOf = (ids: string[]) => new Map(ids.flatMap((id) => [...expectedFigures(id)]));
    expect(await read('measurements')).toEqual(expectedOf(PUBLISHED));
    expect(await read('release_figures')).toEqual(expectedOf(STAGED));
  });

  it('gives each created indicator the frequency its figures show, and its metadata', async () => {
    const indicators = await database.db.selectFrom('indicators').select(['code', 'update_frequency', 'unit', 'unit_en', 'title_da']).orderBy('code').execute();
    expect(Object.fromEntries(indicators.map((i) => [i.code, i.update_frequency]))).toEqual({
      '1-2-1': 'yearly',
      '10-2-1': 'yearly',
      '4-2-1': 'yearly',
      '5-5-2': 'yearly',
      '8-5-2': 'quarterly',
      '8-6-1': 'irregular',
    });
    expect(indicators.find((i) => i.code === '16-1-1')).toBeUndefined();
    expect(indicators.find((i) => i.code === '8-5-2')).toMatchObject({ unit: 'Percentage (%)', unit_en: 'Percentage (%)', title_da: 'Unemployment rate (%)' });
  });
});
