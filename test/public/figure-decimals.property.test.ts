// No figure leaves the system with more decimals than its indicator's
// precision: random figures with that precision, of both signs, go through
// the same path as a published indicator (figures per group, the gap, the
// status engine's changes) and out through every download and the API
// document (CSV in both languages, JSON-stat, /api/v1's JSON). Binary
// subtraction once gave `6,300000000000001` here; now the gap is exact.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { computeIndicatorStatus } from '../../src/domain/status/compute-indicator-status.js';
import { findIndicatorByCode } from '../../src/db/repositories/indicators.js';
import { findPolicyByCode } from '../../src/db/repositories/policies.js';
import type { IndicatorRow, MeasurementRow } from '../../src/db/tables.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { toIndicatorFigures, toStatusInput } from '../../src/services/indicator-figures.js';
import { getIndicatorDetail } from '../../src/services/public/indicator-detail.js';
import type { IndicatorDetail } from '../../src/services/public/indicator-detail.js';
import { indicatorCsv } from '../../src/views/downloads/indicator-csv.js';
import { indicatorJsonStat } from '../../src/views/downloads/indicator-jsonstat.js';
import { toIndicatorDataJson } from '../../src/views/open-data/present-indicators.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';

const POLICY = 'inklusionspolitik-2011-2014';

/** Decimals in a number as written: `-1,4` → 1, `6.300000000000001` → 15. */
const decimalsOf = (written: string): number => /[.,](\d+)$/.exec(written.trim())?.[1]?.length ?? 0;

/** Every figure-valued field of the API document (values and changes, not settings like tolerance). */
function figuresInJson(node: unknown, key = ''): number[] {
  if (typeof node === 'number') return ['value', 'change', 'oldValue', 'newValue'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((item) => figuresInJson(item, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => figuresInJson(v, k));
  return [];
}

const figureArbitrary = fc.record({
  precision: fc.integer({ min: 0, max: 3 }),
  // Integers scaled by 10^precision: exactly the figures a person types with that precision.
  pairs: fc.array(fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: -99_999, max: 99_999 })), { minLength: 1, maxLength: 6 }),
});

describe.each(ENGINES)('figures leave the system with the indicator precision on %s', (engine) => {
  let database: TestDatabase;
  let base: IndicatorDetail;
  let row: IndicatorRow;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') });
    base = await getIndicatorDetail(database.db, POLICY, 'overledighed');
    const policy = (await findPolicyByCode(database.db, POLICY))!;
    row = (await findIndicatorByCode(database.db, policy.id, 'overledighed'))!;
  }, 120_000);
  afterAll(() => database.drop());

  it('has a gap indicator to work on', () => {
    expect(base.indicator.headlineKind).toBe('gap');
    expect(row.headline_group_id).not.toBeNull();
    expect(row.reference_group_id).not.toBeNull();
  });

  it('writes no figure with more decimals than the precision in CSV, JSON-stat or the API', () => {
    fc.assert(
      fc.property(figureArbitrary, ({ precision, pairs }) => {
        const indicator = { ...row, precision, baseline_period: '2010', tolerance: 0 };
        const scale = 10 ** precision;
        const measurement = (groupId: number, year: number, units: number): MeasurementRow => ({
          id: 0, indicator_id: row.id, period: String(year), period_sort: year, group_id: groupId, area_id: row.default_area_id ?? 0,
          value: units / scale, is_provisional: 0, is_estimated: 0, note: null, release_id: 0, updated_at: '', updated_by: '',
        });
        const measurements = pairs.flatMap(([focus, reference], i) => [
          measurement(row.headline_group_id!, 2010 + i, focus),
          measurement(row.reference_group_id!, 2010 + i, reference),
        ]);
        const figures = toIndicatorFigures(indicator, measurements, null);
        const result = computeIndicatorStatus(toStatusInput(indicator, figures.headline, 'direction'));
        const detail: IndicatorDetail = {
          ...base,
          indicator: { ...base.indicator, precision },
          groups: base.groups.map((g) => ({ group: g.group, points: figures.groups.find((f) => f.groupId === g.group.id)?.points ?? [] })),
          headlineSeries: figures.headline,
          judgement: result.ok ? result.judgement : null,
          revisions: [],
        };
        for (const lang of ['da', 'en'] as const) {
          const csvValues = indicatorCsv(detail, lang).split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(lang === 'da' ? ';' : ',')[4] ?? '');
          // English CSV quotes nothing numeric; a decimal point splits no field.
          for (const value of csvValues) expect(decimalsOf(value.replace(/"/g, '')), `CSV ${lang}: ${value}`).toBeLessThanOrEqual(precision);
          const jsonStat = indicatorJsonStat(detail, lang) as { value: (number | null)[] };
          for (const value of jsonStat.value) if (value !== null) expect(decimalsOf(String(value)), `JSON-stat: ${value}`).toBeLessThanOrEqual(precision);
        }
        const api = JSON.parse(JSON.stringify(toIndicatorDataJson(detail))) as unknown;
        for (const value of figuresInJson(api)) expect(decimalsOf(String(value)), `API: ${value}`).toBeLessThanOrEqual(precision);
      }),
      { numRuns: 200 },
    );
  });
});
