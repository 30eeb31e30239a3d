// Method `opensdg` for one series. Expected values come from Open SDG's own
// documentation (the two worked examples) and from the arithmetic of
// sdg-build's ProgressMeasure.py worked through by hand; each case notes it.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import type { SeriesJudgement } from './judgement.js';
import { compoundAnnualGrowthRate, limitCoefficient, requiredGrowthMagnitude } from './opensdg-method.js';
import type { JudgementSettings, Observation } from './types.js';

function figures(values: Record<string, number>): Observation[] {
  return Object.entries(values).map(([period, value]) => ({ period, value }));
}

function judge(settings: JudgementSettings, observations: Observation[]): SeriesJudgement {
  const result = computeIndicatorStatus({ method: 'opensdg', ...settings, series: [{ key: 's', observations }] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.judgement.series[0]!;
}

const within = (actual: number | undefined, expected: number): void => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9);
};

describe('opensdg: the worked examples of METHODS.md', () => {
  it('10 (2015) → 30 (2016), target 1 by 2030, lower is better: P ≈ −14.05, deterioration', () => {
    const series = judge({ direction: 'decrease', baselinePeriod: '2015', target: { value: 1, period: '2030' } }, figures({ 2015: 10, 2016: 30 }));
    // P = −1 · (30/10 − 1) / |0.1^(1/15) − 1| = −2 / 0.142304…
    within(series.opensdg?.progressValue, -14.054408693747053);
    expect(series.status).toBe('deterioration');
    expect(series.opensdg?.score).toBe(-5);
    expect(series.colour).toBe('red');
  });

  it('5 (2015) → 6 (2016), target 9 by 2030, higher is better: P ≈ 5.0, substantial progress', () => {
    const series = judge({ direction: 'increase', baselinePeriod: '2015', target: { value: 9, period: '2030' } }, figures({ 2015: 5, 2016: 6 }));
    // P = 0.2 / (1.8^(1/15) − 1) = 0.2 / 0.039964…
    within(series.opensdg?.progressValue, 5.004545663635249);
    expect(series.status).toBe('substantial_progress');
    expect(series.opensdg?.score).toBe(5);
    expect(series.colour).toBe('green');
  });
});

describe('opensdg: with a target', () => {
  it.each<[string, JudgementSettings, Record<string, number>, number, string, number]>([
    // P = (11/10)^(1/3) − 1 over (20/10)^(1/15) − 1 = 0.032280 / 0.047294 = 0.682540; score 7.1429P − 4.2857
    [
      'moderate progress',
      { direction: 'increase', target: { value: 20, period: '2030' } },
      { 2015: 10, 2018: 11 },
      0.6825396800104866,
      'moderate_progress',
      0.5896126803469048,
    ],
    // P = 0.0066227 / 0.047294 = 0.140032; score 4.1667P − 2.5
    [
      'limited progress',
      { direction: 'increase', target: { value: 20, period: '2030' } },
      { 2015: 10, 2018: 10.2 },
      0.14003240075370646,
      'limited_progress',
      -1.9165269957795315,
    ],
  ])('%s', (_name, settings, values, progress, status, score) => {
    const series = judge(settings, figures(values));
    within(series.opensdg?.progressValue, progress);
    within(series.opensdg?.score, score);
    expect(series.status).toBe(status);
  });

  it('divides by the modulus of the complex growth Python computes for a target across zero', () => {
    // 10 (2015) → 8 (2018), lower is better, target −5 by 2030:
    // (−0.5)^(1/15) = 0.954841·(cos π/15 + i sin π/15) = 0.933976 + 0.198523i; |that − 1| = 0.209214;
    // P = −1 · ((0.8)^(1/3) − 1) / 0.209214 = 0.071682 / 0.209214 = 0.342627.
    expect(requiredGrowthMagnitude(-5, 10, 2030, 2015)).toBeCloseTo(0.2092138634666244, 12);
    const series = judge({ direction: 'decrease', target: { value: -5, period: '2030' } }, figures({ 2015: 10, 2018: 8 }));
    within(series.opensdg?.progressValue, 0.34262659314103977);
    within(series.opensdg?.score, -1.0723777743592298);
    expect(series.status).toBe('limited_progress');
  });

  it('checks the target first, even when no progress value can be computed', () => {
    const reached = judge({ direction: 'decrease', target: { value: 5, period: '2030' } }, figures({ 2015: 4 }));
    expect(reached).toMatchObject({ status: 'target_achieved', colour: 'green' });
    expect(reached.opensdg).toMatchObject({ score: 5, targetAchieved: true, progressValue: undefined });
  });

  it('replaces a target of zero by 0.001, as Open SDG does', () => {
    const series = judge({ direction: 'decrease', target: { value: 0, period: '2030' } }, figures({ 2015: 4, 2018: 0.001 }));
    expect(series.opensdg?.targetValueUsed).toBe(0.001);
    expect(series.status).toBe('target_achieved');
    const notYet = judge({ direction: 'decrease', target: { value: 0, period: '2030' } }, figures({ 2015: 4, 2018: 0.002 }));
    expect(notYet.status).not.toBe('target_achieved');
  });

  it('has no progress value when the target asks for no growth', () => {
    const series = judge({ direction: 'increase', target: { value: 10, period: '2030' } }, figures({ 2015: 10, 2018: 9 }));
    expect(series.status).toBe('not_available');
    expect(series.opensdg?.unavailableReason).toBe('no_required_growth');
  });

  it('ignores a limit when there is a target', () => {
    const settings: JudgementSettings = { direction: 'increase', target: { value: 20, period: '2030' } };
    const plain = judge(settings, figures({ 2015: 10, 2018: 11 }));
    const limited = judge({ ...settings, limit: 12 }, figures({ 2015: 10, 2018: 11 }));
    expect(limited.opensdg?.progressValue).toBe(plain.opensdg?.progressValue);
    expect(limited.opensdg?.limitCoefficient).toBeUndefined();
  });
});

describe('opensdg: without a target', () => {
  it.each<[string, JudgementSettings, Record<string, number>, number, string, number]>([
    // P = (8.25/8)^(1/5) − 1 = 0.0061733, between 0.005 and 0.015; score 250P − 1.25
    ['moderate growth', { direction: 'increase' }, { 2015: 8, 2020: 8.25 }, 0.006173308542779088, 'moderate_progress', 0.293327135694772],
    // P = (7.9/8)^(1/5) − 1 = −0.0025126; score 125P − 2.5
    ['a slight fall when higher is better', { direction: 'increase' }, { 2015: 8, 2020: 7.9 }, -0.002512594578184202, 'deterioration', -2.8140743222730253],
    // s = −1: P = −1 · +1 · ((−10/−20)^(1/4) − 1) = 0.159104; rising from −20 to −10 is progress
    ['a negative baseline rising', { direction: 'increase' }, { 2015: -20, 2019: -10 }, 0.1591035847462855, 'substantial_progress', 5],
    // s = −1, d = −1: P = (19/20)^(1/4) − 1 = −0.0127415; score 125P − 2.5
    [
      'a negative baseline rising when lower is better',
      { direction: 'decrease' },
      { 2015: -20, 2019: -19 },
      -0.012741455098566168,
      'deterioration',
      -4.09268188732077,
    ],
    // y0 = 0 becomes 0.001: P = −((2/0.001)^(1/2) − 1) = −43.72
    ['a zero baseline', { direction: 'decrease' }, { 2015: 0, 2017: 2 }, -43.721359549995796, 'deterioration', -5],
  ])('%s', (_name, settings, values, progress, status, score) => {
    const series = judge(settings, figures(values));
    within(series.opensdg?.progressValue, progress);
    within(series.opensdg?.score, score);
    expect(series.status).toBe(status);
  });

  it('scales the thresholds near a limit: C = 1 − (b/l)^4.44 below it', () => {
    // b = 90, l = 100: C = 1 − 0.9^4.44 = 0.373622; P = (90.3/90)^(1/2) − 1 = 0.0016653,
    // between 0 and 0.005·C = 0.0018681: limited; score 500P/C − 2.5 = −0.271435.
    expect(limitCoefficient(90, 100)).toBeCloseTo(0.37362164501282824, 14);
    const series = judge({ direction: 'increase', limit: 100 }, figures({ 2015: 90, 2017: 90.3 }));
    within(series.opensdg?.limitCoefficient, 0.37362164501282824);
    within(series.opensdg?.thresholdHigh, 0.015 * 0.37362164501282824);
    within(series.opensdg?.progressValue, 0.001665280087781218);
    within(series.opensdg?.score, -0.2714352072347941);
    expect(series.status).toBe('limited_progress');
  });

  it('scales the thresholds above a limit: C = 1 − ((2l − b)/l)^4.44', () => {
    // b = 150, l = 100: C = 1 − 0.5^4.44 = 0.953929; P = 0.0009995; score 500P/C − 2.5 = −1.976114
    expect(limitCoefficient(150, 100)).toBeCloseTo(0.9539290869596531, 14);
    const series = judge({ direction: 'increase', limit: 100 }, figures({ 2015: 150, 2017: 150.3 }));
    within(series.opensdg?.score, -1.9761138364270308);
  });

  it('gives C = 1 far from the limit, and C = 0 (score 5) at it', () => {
    expect(limitCoefficient(250, 100)).toBe(1);
    expect(limitCoefficient(0, 0)).toBe(1);
    expect(limitCoefficient(-100, 100)).toBe(0);
    const atLimit = judge({ direction: 'increase', limit: 100 }, figures({ 2015: 100, 2020: 100 }));
    expect(atLimit.opensdg).toMatchObject({ limitCoefficient: 0, progressValue: 0, score: 5 });
    expect(atLimit.status).toBe('substantial_progress');
  });
});

describe('opensdg: no progress value', () => {
  it.each<[string, JudgementSettings, Record<string, number>, string]>([
    ['no figures', {}, {}, 'no_data'],
    ['one figure', {}, { 2015: 3 }, 'less_than_a_year'],
    ['less than a year between quarters', {}, { '2015 Q1': 3, '2015 Q3': 4 }, 'less_than_a_year'],
    ['a baseline after the latest figure', { baselinePeriod: '2020' }, { 2015: 3, 2016: 4 }, 'no_baseline'],
    ['values of opposite signs', {}, { 2015: 3, 2017: -1 }, 'opposite_signs'],
    ['a zero baseline and a negative latest value', {}, { 2015: 0, 2017: -1 }, 'opposite_signs'],
  ])('%s', (_name, settings, values, reason) => {
    const series = judge({ direction: 'increase', ...settings }, figures(values));
    expect(series.status).toBe('not_available');
    expect(series.colour).toBe('grey');
    expect(series.opensdg?.score).toBeUndefined();
    expect(series.opensdg?.unavailableReason).toBe(reason);
  });

  it('measures school years and quarters a year or more apart', () => {
    const school = judge({ direction: 'increase' }, figures({ '2015/16': 8, '2020/21': 8.25 }));
    within(school.opensdg?.progressValue, 0.006173308542779088);
    const quarters = judge({ direction: 'increase' }, figures({ '2015 Q2': 8, '2020 Q2': 8.25 }));
    within(quarters.opensdg?.progressValue, 0.006173308542779088);
  });
});

describe('compoundAnnualGrowthRate', () => {
  it('is the yearly rate that compounds v0 into v1', () => {
    expect(compoundAnnualGrowthRate(121, 100, 2017, 2015)).toBeCloseTo(0.1, 14);
    expect(compoundAnnualGrowthRate(50, 100, 2016, 2015)).toBeCloseTo(-0.5, 14);
  });
});
