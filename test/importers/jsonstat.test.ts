import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readJsonStat, readJsonStatFrom } from '../../src/importers/jsonstat.js';
import { checkMapping, jsonStatMappingSchema } from '../../src/importers/mapping.js';
import type { JsonStatMapping } from '../../src/importers/mapping.js';
import { collectEvents } from '../../src/importers/source-figure.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/jsonstat/', import.meta.url));
const DATASET = JSON.parse(readFileSync(`${FIXTURES}folk1a-kvartal.json`, 'utf8')) as Record<string, unknown>;

function mapping(raw: unknown): JsonStatMapping {
  const result = checkMapping(jsonStatMappingSchema, raw);
  if (!result.ok) throw new Error(result.problem.message);
  return result.mapping;
}

const FOLK1A = mapping(parse(readFileSync(`${FIXTURES}folk1a-kvartal.mapping.yaml`, 'utf8')));

describe('JSON-stat 2.0 datasets', () => {
  it('turns every observation into a figure: period from Tid, groups from KØN, areas from OMRÅDE, flags from status', async () => {
    const result = await collectEvents(readJsonStatFrom({ path: `${FIXTURES}folk1a-kvartal.json` }, FOLK1A));
    expect(result.problems).toEqual([]);
    expect(result.figures).toHaveLength(12);
    expect(result.figures.slice(0, 4).map((f) => [f.row, f.indicator, f.period, f.group, f.area, f.value, f.provisional])).toEqual([
      [1, 'befolkning', '2013K1', { code: 'total', name: 'Total' }, { code: 'kbh', name: null }, 549050, false],
      [2, 'befolkning', '2013K2', { code: 'total', name: 'Total' }, { code: 'kbh', name: null }, 551100, true],
      [3, 'befolkning', '2013K1', { code: 'køn: Mænd', name: 'køn: Mænd' }, { code: 'kbh', name: null }, 272000, false],
      [4, 'befolkning', '2013K2', { code: 'køn: Mænd', name: 'køn: Mænd' }, { code: 'kbh', name: null }, 273100, true],
    ]);
    expect(result.figures[6]).toMatchObject({ area: { code: '147', name: 'Frederiksberg' }, value: 102000 });
  });

  it('reads sparse values, skips missing ones, and lets a dimension choose the indicator', async () => {
    const sparse = { ...DATASET, value: { '0': 1.5, '2': null, '11': 7 }, status: undefined };
    const byContents = mapping({ indicator: { dimension: 'ContentsCode', codes: { FOLK1A: 'folketal' } }, period: 'Tid', groups: ['KØN'], area: 'OMRÅDE' });
    const result = await collectEvents(readJsonStat(sparse, byContents));
    expect(result.figures.map((f) => [f.row, f.indicator, f.value])).toEqual([
      [1, 'folketal', 1.5],
      [12, 'folketal', 7],
    ]);
    expect(result.skipped).toBe(10);
  });

  it('keeps only the chosen category of a dimension the mapping leaves out', async () => {
    const onlyWomen = mapping({ indicator: 'kvinder', period: 'Tid', area: 'OMRÅDE', select: { KØN: '2' } });
    const result = await collectEvents(readJsonStat(DATASET, onlyWomen));
    expect(result.figures.map((f) => f.value)).toEqual([277050, 278000, 53800, 54000]);
  });

  it('refuses a dimension with several categories that the mapping does not place', async () => {
    const result = await collectEvents(readJsonStat(DATASET, mapping({ indicator: 'x', period: 'Tid', area: 'OMRÅDE' })));
    expect(result.problems.map((p) => [p.column, p.code])).toEqual([['KØN', 'unmapped_dimension']]);
  });

  it('refuses what is not a JSON-stat 2.0 dataset, and a mapping naming a dimension that is not there', async () => {
    const cases: [unknown, string][] = [
      [[1, 2], 'invalid_jsonstat'],
      [{ dataset: { dimension: {} } }, 'invalid_jsonstat'],
      [{ ...DATASET, value: [1, 2, 3] }, 'invalid_jsonstat'],
      [{ ...DATASET, size: [2, 3, 2, 2] }, 'invalid_jsonstat'],
    ];
    for (const [json, code] of cases) {
      expect((await collectEvents(readJsonStat(json, FOLK1A))).problems.map((p) => p.code)).toEqual([code]);
    }
    const wrongName = mapping({ indicator: 'x', period: 'TID', groups: ['KØN'], area: 'OMRÅDE' });
    expect((await collectEvents(readJsonStat(DATASET, wrongName))).problems.map((p) => p.code)).toEqual(['invalid_mapping']);
  });

  it('reports values that are no number', async () => {
    const result = await collectEvents(readJsonStat({ ...DATASET, value: ['..', ...(DATASET.value as number[]).slice(1)] }, FOLK1A));
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([[1, 'not_a_number']]);
  });
});
