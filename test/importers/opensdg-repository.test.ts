// An Open SDG data repository read as one source, without a database: which
// indicators its metadata defines (titles from translation keys in Danish and
// English), what it reports and does not create, and the figures of every
// data file in turn, each naming its file. The columns real repositories
// have: nameless columns after Value, SDMX-style annotation columns.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMapping, openSdgMappingSchema } from '../../src/importers/mapping.js';
import type { OpenSdgMapping } from '../../src/importers/mapping.js';
import { readOpenSdgCsv } from '../../src/importers/opensdg-csv.js';
import { openSource } from '../../src/importers/open-source.js';
import { collectEvents } from '../../src/importers/source-figure.js';
import { bytesOf } from '../imports/support/sources.js';

const REPOSITORY = fileURLToPath(new URL('../fixtures/opensdg-repository/', import.meta.url));
const MAPPING = { path: join(REPOSITORY, 'mapping.yaml') };
const scratch = mkdtempSync(join(tmpdir(), 'barometer-opensdg-repository-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function mapping(raw: unknown = {}): OpenSdgMapping {
  const result = checkMapping(openSdgMappingSchema, raw);
  if (!result.ok) throw new Error(result.problem.message);
  return result.mapping;
}

describe('an Open SDG repository as one source', () => {
  it('defines each indicator from meta/ and indicator-config/, titled from the translations in Danish and English', async () => {
    const source = await openSource({ path: REPOSITORY }, { mapping: MAPPING });
    expect(source.format).toBe('opensdg');
    const drafts = Object.fromEntries(source.indicatorDrafts.map((d) => [d.code, d]));
    expect(Object.keys(drafts)).toEqual(['1-1-1', '1-2-1', '3-1-1', '4-1-1']);
    expect(drafts['1-1-1']).toMatchObject({
      titleDa: 'Andel af borgerne, der lever under fattigdomsgrænsen',
      titleEn: 'Share of residents living below the poverty line',
      descriptionDa: 'Hvor mange borgere der bor i en husstand med en indkomst under den nationale fattigdomsgrænse.',
      descriptionEn: 'How many residents live in households with an income under the national poverty line.',
      unit: 'Procent (%)',
      goalCode: 'sdg',
      sourceDa: 'National statistics office',
    });
    // meta/1-2-1.md says Number; its indicator-config says percent, and wins.
    expect(drafts['1-2-1']).toMatchObject({ titleDa: 'Andel af børn i familier med lav indkomst', unit: 'Procent (%)' });
    // No Danish text: Danish falls back to the repository's own language (en).
    expect(drafts['3-1-1']).toMatchObject({
      titleDa: 'Maternal deaths per 100,000 live births',
      titleEn: 'Maternal deaths per 100,000 live births',
      unit: 'Per 100,000 live births',
    });
    // A key no translation holds: the number, never the key.
    expect(drafts['4-1-1']).toMatchObject({ titleDa: '4.1.1', titleEn: '4.1.1' });
    expect(JSON.stringify(source.indicatorDrafts)).not.toContain('global_indicators.');
  });

  it('reports what it does not create: non-statistical indicators, metadata without data, keys without text', async () => {
    const source = await openSource({ path: REPOSITORY }, { mapping: MAPPING });
    expect(source.notes?.map((n) => [n.file, n.indicator, n.code])).toEqual([
      ['indicator-config/1-1-2.yml', '1-1-2', 'non_statistical'],
      ['meta/1-3-1.yml', '1-3-1', 'no_data_file'],
      ['indicator-config/4-1-1.yml', '4-1-1', 'untranslated'],
    ]);
    expect(source.notes![1]!.message).toContain('reporting status: notstarted');
    expect(source.notes![2]!.message).toContain('global_indicators.4-1-1-title');
    expect(source.notes![2]!.message).toContain('4.1.1');
  });

  it('reads every data file in turn, each figure naming its file, annotation columns kept out of the groups', async () => {
    const source = await openSource({ path: REPOSITORY }, { mapping: MAPPING });
    const { figures, problems, skipped } = await collectEvents(source.events);
    expect(problems).toEqual([]);
    expect(skipped).toBe(1);
    expect(source.progress?.()).toEqual({ filesDone: 4, filesTotal: 4 });
    const perFile = new Map<string, number>();
    for (const f of figures) perFile.set(f.file!, (perFile.get(f.file!) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({
      'data/indicator_1-1-1.csv': 9,
      'data/indicator_1-2-1.csv': 8,
      'data/indicator_3-1-1.csv': 3,
      'data/indicator_4-1-1.csv': 3,
    });
    const groups = new Set(figures.map((f) => f.group?.code ?? 'total'));
    expect([...groups].sort()).toEqual(['Age: 0 to 5', 'Sex: Female', 'Sex: Male', 'total']);
    expect(figures.find((f) => f.indicator === '1-1-1' && f.period === '2019' && f.group?.code === 'total')).toMatchObject({
      note: 'Revised in 2020',
      value: 12.1,
    });
    expect(figures.filter((f) => f.area !== null).map((f) => f.area!.code)).toEqual(['R1', 'R1', 'R2', 'R2']);
  });

  it('takes the data/ folder as well as the root, and a translations folder given instead of the repository’s', async () => {
    const fromData = await openSource({ path: join(REPOSITORY, 'data') }, { mapping: MAPPING });
    expect(fromData.indicatorDrafts.map((d) => d.code)).toEqual(['1-1-1', '1-2-1', '3-1-1', '4-1-1']);
    const elsewhere = join(scratch, 'translations');
    cpSync(join(REPOSITORY, 'translations'), elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'en', 'global_indicators.yml'), '4-1-1-title: Pupils who finish primary school\n');
    const withOther = await openSource({ path: REPOSITORY }, { mapping: MAPPING, translations: elsewhere });
    expect(withOther.indicatorDrafts.find((d) => d.code === '4-1-1')).toMatchObject({
      titleDa: 'Pupils who finish primary school',
      titleEn: 'Pupils who finish primary school',
    });
  });

  it('refuses a mapping that names one indicator for the whole repository', async () => {
    const file = join(scratch, 'one-indicator.yaml');
    writeFileSync(file, 'goal: sdg\nindicator: 1-1-1\n');
    const { problems } = await collectEvents((await openSource({ path: REPOSITORY }, { mapping: { path: file } })).events);
    expect(problems.map((p) => p.code)).toEqual(['invalid_mapping']);
  });
});

describe('the columns real Open SDG files have', () => {
  const read = (content: string) => collectEvents(readOpenSdgCsv(bytesOf(content), '1-1-1', mapping(), 'data/indicator_1-1-1.csv'));

  it('passes over nameless columns after Value when their cells are empty', async () => {
    const { figures, problems } = await read('Year,Sex,Value,,\n2019,,4.5,,\n2020,Female,4.7,,\n2021,,4.9\n');
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.period, f.group?.code ?? 'total', f.value])).toEqual([
      ['2019', 'total', 4.5],
      ['2020', 'Sex: Female', 4.7],
      ['2021', 'total', 4.9],
    ]);
  });

  it('refuses a value under a nameless column, naming the file and row', async () => {
    const { problems } = await read('Year,Value,,\n2019,4.5,,\n2020,4.7,,oops\n');
    expect(problems).toEqual([
      { row: 3, column: null, code: 'malformed_row', message: 'Row 3 has "oops" in column 4, which has no name.', file: 'data/indicator_1-1-1.csv' },
    ]);
  });

  it('takes COMMENT_OBS, COMMENT_OBS_*, COMMENT_TS, UNIT_MULT and OBS_STATUS as attributes, never as parts of a group', async () => {
    const { figures, problems } = await read(
      'Year,Sex,OBS_STATUS,UNIT_MULT,COMMENT_OBS,COMMENT_OBS_2,COMMENT_TS,Value\n2019,Female,A,0,A comment,Another,Series note,4.5\n',
    );
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.group?.code, f.note, f.columns.group])).toEqual([['Sex: Female', 'A comment', 'Sex']]);
  });
});
