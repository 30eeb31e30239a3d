// Benchmark of the status engine: judges 100,000 indicators of three series
// with ten figures each, once per method, and prints series judged per
// second. The headline (the last line) is the slowest of the three methods,
// so it holds whatever mix a policy uses. A baseline in the same run (a pass
// that only reads every figure) shows how much of the time is the engine's;
// the cost of explanations, built only on request, is printed apart.
//
// Run: npx tsx bench/status.ts [indicators]

import { computeIndicatorStatus, explainIndicatorJudgement } from '../src/domain/status/index.js';
import type { StatusIndicatorInput, StatusMethod } from '../src/domain/status/index.js';

const INDICATORS = Number(process.argv[2] ?? 100_000);
const SERIES_PER_INDICATOR = 3;
const FIGURES_PER_SERIES = 10;
const RUNS = 5;

/** A small deterministic generator, so every run judges the same data. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function makeIndicators(method: StatusMethod): StatusIndicatorInput[] {
  const random = randomGenerator(2013);
  const indicators: StatusIndicatorInput[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const level = 20 + random() * 60;
    const series = [];
    for (let s = 0; s < SERIES_PER_INDICATOR; s++) {
      const observations = [];
      let value = level + random() * 10;
      for (let f = 0; f < FIGURES_PER_SERIES; f++) {
        // Fresh label strings, as rows read from a database would be.
        observations.push({ period: `20${String(5 + f).padStart(2, '0')}`, value: Math.round(value * 10) / 10 });
        value += random() * 4 - 2;
      }
      series.push({ key: `s${s}`, group: s === 0 ? undefined : ['breakdown'], observations });
    }
    const hasTarget = i % 3 !== 0;
    indicators.push({
      method,
      direction: i % 2 === 0 ? 'increase' : 'decrease',
      precision: 1,
      tolerance: 0.5,
      baselinePeriod: '2010',
      target: hasTarget ? { value: level + (i % 2 === 0 ? 15 : -15), period: '2020' } : undefined,
      limit: hasTarget ? undefined : 100,
      unit: '%',
      series,
    });
  }
  return indicators;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRuns(run: () => number): { seconds: number; check: number } {
  let check = run(); // warm-up, and a result to keep the work observable
  const seconds: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = process.hrtime.bigint();
    check += run();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds: median(seconds), check };
}

const seriesCount = INDICATORS * SERIES_PER_INDICATOR;

/** Baseline: read every figure and find each series' latest one, nothing more. */
function measureBaseline(): number {
  const indicators = makeIndicators('direction');
  const result = timeRuns(() => {
    let total = 0;
    for (const indicator of indicators) {
      for (const series of indicator.series) {
        let latest = '';
        for (const observation of series.observations) {
          if (observation.period > latest) latest = observation.period;
          total += observation.value;
        }
        total += latest.length;
      }
    }
    return total;
  });
  return seriesCount / result.seconds;
}

// Each data set lives only while it is measured, so no run pays for another's heap.
const baselineRate = measureBaseline();
console.log(JSON.stringify({ bench: 'status-baseline', value: Math.round(baselineRate), unit: 'series/s' }));

const rates: number[] = [];
for (const method of ['direction', 'trajectory', 'opensdg'] as const) {
  const indicators = makeIndicators(method);
  const result = timeRuns(() => {
    let judged = 0;
    for (const indicator of indicators) {
      const outcome = computeIndicatorStatus(indicator);
      if (!outcome.ok) throw new Error(outcome.errors[0]!.message);
      judged += outcome.judgement.series.length;
    }
    return judged;
  });
  const rate = seriesCount / result.seconds;
  rates.push(rate);
  console.log(
    JSON.stringify({
      bench: `status-${method}`,
      value: Math.round(rate),
      unit: 'series/s',
      seconds: Number(result.seconds.toFixed(3)),
      baselineRatio: Number((baselineRate / rate).toFixed(1)),
    }),
  );
}

// Explanations are built on request (a page shows a few dozen), so they are
// measured apart: both languages for the judgements of 10,000 indicators.
const explained = makeIndicators('opensdg').slice(0, 10_000).concat(makeIndicators('direction').slice(0, 10_000));
const judgements = explained.map((indicator) => {
  const outcome = computeIndicatorStatus(indicator);
  if (!outcome.ok) throw new Error(outcome.errors[0]!.message);
  return outcome.judgement;
});
const explaining = timeRuns(() => {
  let length = 0;
  for (const judgement of judgements) {
    length += explainIndicatorJudgement(judgement, 'da').length + explainIndicatorJudgement(judgement, 'en').length;
  }
  return length;
});
console.log(JSON.stringify({ bench: 'status-explain', value: Math.round((judgements.length * 2) / explaining.seconds), unit: 'explanations/s' }));

console.log(JSON.stringify({ bench: 'status', value: Math.round(Math.min(...rates)), unit: 'series/s' }));
