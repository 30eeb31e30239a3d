// Properties every judgement must have, checked on generated indicators:
// the engine cannot tell "higher is better" from "lower is better on the
// negated figures", and a repeated figure changes nothing in `direction`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import type { Direction, StatusIndicatorInput, StatusMethod } from './types.js';

const value = (nonZero: boolean) =>
  fc
    .integer({ min: -100_000, max: 100_000 })
    .filter((n) => !nonZero || n !== 0)
    .map((n) => n / 100);

const indicatorArbitrary = (method: StatusMethod) => {
  // opensdg replaces a zero baseline or target by +0.001, which has no mirror image; keep them out.
  const nonZero = method === 'opensdg';
  return fc.record({
    years: fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 0, maxLength: 8 }),
    values: fc.array(value(nonZero), { minLength: 8, maxLength: 8 }),
    direction: fc.constantFrom<Direction>('increase', 'decrease'),
    precision: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    tolerance: fc.integer({ min: 0, max: 300 }).map((n) => n / 100),
    baselineYear: fc.option(fc.integer({ min: 1999, max: 2031 }), { nil: undefined }),
    target: fc.option(fc.record({ value: value(nonZero), year: fc.integer({ min: 2000, max: 2040 }) }), { nil: undefined }),
    limit: fc.option(value(false), { nil: undefined }),
  });
};

type Generated = ReturnType<typeof indicatorArbitrary> extends fc.Arbitrary<infer T> ? T : never;

function toInput(method: StatusMethod, g: Generated, mirrored: boolean): StatusIndicatorInput {
  const sign = mirrored ? -1 : 1;
  const direction: Direction = mirrored === (g.direction === 'increase') ? 'decrease' : 'increase';
  return {
    method,
    direction,
    precision: g.precision,
    tolerance: g.tolerance,
    baselinePeriod: g.baselineYear === undefined ? undefined : String(g.baselineYear),
    target: g.target && { value: sign * g.target.value, period: String(g.target.year) },
    limit: g.limit === undefined ? undefined : sign * g.limit,
    series: [{ key: 's', observations: g.years.map((year, i) => ({ period: String(year), value: sign * g.values[i]! })) }],
  };
}

describe('reversing the direction and negating every value', () => {
  for (const method of ['direction', 'trajectory', 'opensdg'] as const) {
    it(`gives the same ${method} judgement`, () => {
      fc.assert(
        fc.property(indicatorArbitrary(method), (g) => {
          const original = computeIndicatorStatus(toInput(method, g, false));
          const mirrored = computeIndicatorStatus(toInput(method, g, true));
          if (!original.ok || !mirrored.ok) throw new Error('generated input should be valid');
          const a = original.judgement.series[0]!;
          const b = mirrored.judgement.series[0]!;
          expect(b.status).toBe(a.status);
          expect(b.colour).toBe(a.colour);
          expect(b.sincePrevious?.status).toBe(a.sincePrevious?.status);
          expect(b.opensdg?.score).toBe(a.opensdg?.score);
          expect(b.opensdg?.progressValue).toBe(a.opensdg?.progressValue);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('adding a figure equal to the last', () => {
  it('never changes a direction status once there is one', () => {
    fc.assert(
      fc.property(indicatorArbitrary('direction'), fc.integer({ min: 1, max: 5 }), (g, gap) => {
        const before = computeIndicatorStatus(toInput('direction', g, false));
        if (!before.ok) throw new Error('generated input should be valid');
        const series = before.judgement.series[0]!;
        fc.pre(series.status !== 'no_data');
        const input = toInput('direction', g, false);
        const lastYear = Math.max(...g.years);
        const repeated = { period: String(lastYear + gap), value: series.latest!.value };
        const after = computeIndicatorStatus({
          ...input,
          series: [{ key: 's', observations: [...input.series[0]!.observations, repeated] }],
        });
        if (!after.ok) throw new Error('generated input should be valid');
        expect(after.judgement.status).toBe(before.judgement.status);
        expect(after.judgement.series[0]!.sincePrevious?.status).toBe('unchanged');
      }),
      { numRuns: 2000 },
    );
  });
});
