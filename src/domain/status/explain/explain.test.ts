// Explanations are written from the judgement's numbers, in Danish number
// format in Danish text. A few are fixed word for word; the rest are checked
// for the facts they must state.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from '../compute-indicator-status.js';
import type { IndicatorJudgement } from '../judgement.js';
import type { StatusIndicatorInput } from '../types.js';
import { explainIndicatorJudgement, explainSeriesJudgement } from './explain.js';
import { periodName } from './wording.js';

const figures = (values: Record<string, number>) => Object.entries(values).map(([period, value]) => ({ period, value }));

function judged(input: StatusIndicatorInput): IndicatorJudgement {
  const result = computeIndicatorStatus(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.judgement;
}

const share: StatusIndicatorInput = {
  direction: 'increase',
  precision: 1,
  tolerance: 0.5,
  unit: '%',
  baselinePeriod: '2010',
  series: [{ key: 'total', observations: figures({ 2010: 71.2, 2011: 73.5, 2012: 74.0 }) }],
};

describe('direction explanations', () => {
  it('states the movement, the tolerance and the verdict', () => {
    const judgement = judged(share);
    expect(explainIndicatorJudgement(judgement, 'da')).toBe(
      'Andelen steg fra 71,2 % i 2010 til 74,0 % i 2012. Stigningen på 2,8 procentpoint er større end tolerancen på 0,5 procentpoint, ' +
        'og da et højere tal er bedre, er det fremgang. I forhold til forrige måling (73,5 % i 2011) er det uændret.',
    );
    expect(explainIndicatorJudgement(judgement, 'en')).toBe(
      'The share rose from 71.2% in 2010 to 74.0% in 2012. The rise of 2.8 percentage points is larger than the tolerance of 0.5 percentage points, ' +
        'and since higher is better, this is progress. Compared with the previous figure (73.5% in 2011), this is unchanged.',
    );
  });

  it('explains a small fall as unchanged', () => {
    const judgement = judged({ ...share, direction: 'decrease', series: [{ key: 'total', observations: figures({ 2010: 5.2, 2012: 4.9 }) }] });
    expect(explainIndicatorJudgement(judgement, 'da')).toContain(
      'Faldet på 0,3 procentpoint er ikke større end tolerancen på 0,5 procentpoint, så status er uændret.',
    );
  });

  it('writes counts with thousands separators and the unit in each language', () => {
    const judgement = judged({
      direction: 'decrease',
      precision: 0,
      tolerance: 20,
      unit: { da: 'personer', en: 'people' },
      series: [{ key: 'total', observations: figures({ 2010: 1200, 2012: 1350 }) }],
    });
    expect(explainIndicatorJudgement(judgement, 'da')).toMatch(/^Tallet steg fra 1\.200 personer i 2010 til 1\.350 personer i 2012\./);
    expect(explainIndicatorJudgement(judgement, 'da')).toContain('tolerancen på 20 personer, og da et lavere tal er bedre, er det tilbagegang.');
    expect(explainIndicatorJudgement(judgement, 'en')).toMatch(/^The figure rose from 1,200 people in 2010 to 1,350 people in 2012\./);
  });

  it('says when a later figure stood in for the baseline', () => {
    const judgement = judged({
      direction: 'increase',
      baselinePeriod: '2010/11',
      series: [{ key: 't', observations: figures({ '2011/12': 6.5, '2012/13': 6.9 }) }],
    });
    expect(explainIndicatorJudgement(judgement, 'da')).toContain(
      'Der er intet tal for startmålingen i skoleåret 2010/11, så det første senere tal (skoleåret 2011/12) bruges i stedet.',
    );
  });

  it('explains a reached target and missing data', () => {
    const reached = judged({ ...share, target: { value: 74, period: '2014' } });
    expect(explainIndicatorJudgement(reached, 'da')).toMatch(/^Andelen var 74,0 % i 2012 og har nået målsætningen på 74,0 % i 2014\./);
    const empty = judged({ ...share, series: [{ key: 'total', observations: [] }] });
    expect(explainIndicatorJudgement(empty, 'en')).toBe('There are no figures yet, so there is no status.');
    const onlyBaseline = judged({ ...share, series: [{ key: 'total', observations: figures({ 2010: 71.2 }) }] });
    expect(explainIndicatorJudgement(onlyBaseline, 'da')).toBe('Der er kun startmålingen (71,2 % i 2010); en status kræver et senere tal.');
  });

  it('uses a minus sign for negative values in both languages', () => {
    const judgement = judged({ direction: 'increase', precision: 1, series: [{ key: 'gap', observations: figures({ 2010: -3, 2012: -1.5 }) }] });
    expect(explainIndicatorJudgement(judgement, 'da')).toContain('fra \u22123,0 i 2010 til \u22121,5 i 2012');
  });
});

describe('trajectory explanations', () => {
  const trajectory: StatusIndicatorInput = { ...share, method: 'trajectory', target: { value: 80, period: '2015' } };

  it('gives the expected value and the verdict', () => {
    const judgement = judged({ ...trajectory, series: [{ key: 'total', observations: figures({ 2010: 71.2, 2012: 74.0 }) }] });
    expect(explainIndicatorJudgement(judgement, 'da')).toBe(
      'På en lige linje fra startmålingen (71,2 % i 2010) til målsætningen på 80,0 % i 2015 skulle andelen være 74,7 % i 2012. ' +
        'Det er 74,0 %: bedre end ved startmålingen, men for langsomt til at nå målet til tiden. ' +
        'I forhold til forrige måling (71,2 % i 2010) er det fremgang.',
    );
  });

  it('says it fell back to direction when there is no target', () => {
    const judgement = judged({ ...share, method: 'trajectory' });
    expect(explainIndicatorJudgement(judgement, 'da')).toMatch(/^Indikatoren har ingen målsætning, så den bedømmes på udviklingen siden startmålingen/);
    expect(explainIndicatorJudgement(judgement, 'en')).toMatch(/^The indicator has no target, so it is judged by its development since the baseline/);
    expect(explainIndicatorJudgement(judgement, 'en')).toContain('this is progress');
  });
});

describe('opensdg explanations', () => {
  it('gives the growth, the thresholds and the score', () => {
    const judgement = judged({ method: 'opensdg', direction: 'increase', unit: '%', series: [{ key: 's', observations: figures({ 2015: 8, 2020: 8.25 }) }] });
    expect(explainIndicatorJudgement(judgement, 'da')).toBe(
      'Fra 8,00 % i 2015 til 8,25 % i 2020 var den gennemsnitlige årlige vækst i den ønskede retning 0,62 %; ' +
        'Open SDG regner 1,5 % om året som på rette spor og 0,5 % som fremskridt. ' +
        'Det giver scoren 0,29 på en skala fra −5 til 5: fremskridt, men tempoet skal op.',
    );
  });

  it('compares with the pace the target needs', () => {
    const judgement = judged({
      method: 'opensdg',
      direction: 'decrease',
      target: { value: 1, period: '2030' },
      series: [{ key: 's', observations: figures({ 2015: 10, 2016: 30 }) }],
    });
    expect(explainIndicatorJudgement(judgement, 'en')).toBe(
      'From 10 in 2015 to 30 in 2016, the figure moved away from the target of 1 by 2030. That gives a score of −5.00 on a scale from −5 to 5: deterioration.',
    );
  });

  it('explains why progress cannot be measured', () => {
    const judgement = judged({ method: 'opensdg', direction: 'increase', series: [{ key: 's', observations: figures({ '2015M01': 8, '2015M06': 9 }) }] });
    expect(explainIndicatorJudgement(judgement, 'da')).toBe(
      'Der er mindre end et år mellem startmålingen (januar 2015) og det seneste tal (juni 2015), så fremskridtet kan ikke måles endnu.',
    );
  });

  it('explains the average of several series, and each series on request', () => {
    const judgement = judged({
      method: 'opensdg',
      direction: 'increase',
      target: { value: 9, period: '2030' },
      series: [
        { key: 'a', observations: figures({ 2015: 5, 2016: 6 }) },
        { key: 'b', group: ['g'], observations: figures({ 2015: 5, 2016: 5.1 }) },
      ],
    });
    expect(explainIndicatorJudgement(judgement, 'da')).toMatch(
      /^Indikatorens score er \d,\d\d på en skala fra −5 til 5, gennemsnittet af 2 serier, hvor serier i samme gruppe først er lagt sammen: /,
    );
    expect(explainSeriesJudgement(judgement.series[1]!, 'en')).toMatch(
      /^From 5\.0 in 2015 to 5\.1 in 2016, the figure moved the desired way at \d+% of the yearly pace/,
    );
  });
});

describe('periodName', () => {
  it.each([
    ['2013', '2013', '2013'],
    ['2013 Q1', '1. kvartal 2013', 'Q1 2013'],
    ['2012/13', 'skoleåret 2012/13', 'the 2012/13 school year'],
    ['2013-01', 'januar 2013', 'January 2013'],
    ['someday', 'someday', 'someday'],
  ])('%s', (label, da, en) => {
    expect(periodName(label, 'da')).toBe(da);
    expect(periodName(label, 'en')).toBe(en);
  });
});
