// The status engine on the demo data: the January 2013 release must read as
// Copenhagen's orientation letter of that month describes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankAreasByProgress } from '../../src/domain/progress-ranking.js';
import { rollUpStatuses } from '../../src/domain/status/rollup.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { getPolicyOverview } from '../../src/services/policy-overview.js';
import { rollUpDistribution, rollUpVerdictWords } from '../../src/services/rollup-words.js';
import type { IndicatorOverview, PolicyOverview } from '../../src/services/policy-overview.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { commandLineActor } from '../../src/domain/permissions.js';

describe.each(ENGINES)('statuses of the demo data on %s', (engine) => {
  let database: TestDatabase;
  let current: PolicyOverview;
  let archived: PolicyOverview;
  const indicator = (overview: PolicyOverview, code: string): IndicatorOverview =>
    overview.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators)).find((i) => i.code === code)!;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') });
    current = (await getPolicyOverview(database.db))!;
    archived = (await getPolicyOverview(database.db, 'integrationspolitik-2007-2010'))!;
  });
  afterAll(() => database.drop());

  it('judges the exam-grade gap as progress: it narrowed a little', () => {
    const gap = indicator(current, 'karakterforskel');
    expect(gap.judgement?.status).toBe('progress');
    const headline = gap.judgement!.series[0]!;
    expect(headline.baseline?.value).toBeCloseTo(-1.5, 9);
    expect(headline.latest?.value).toBeCloseTo(-1.3, 9);
  });

  it('judges excess unemployment as unchanged: the fall is within its tolerance', () => {
    const excess = indicator(current, 'overledighed');
    expect(excess.judgement?.status).toBe('unchanged');
    expect(excess.judgement?.series[0]?.sinceBaseline?.status).toBe('unchanged');
    expect(excess.judgement?.series[0]?.sinceBaseline?.change).toBeCloseTo(-0.1, 9);
  });

  it('has no data for the leaders indicator, which has had no figure since the baseline', () => {
    expect(indicator(current, 'ledere-minoritet').judgement?.status).toBe('no_data');
    expect(indicator(current, 'ledere-minoritet').judgement?.colour).toBe('grey');
  });

  it('finds the clearest progress in focus area 3 (safety and day care up)', () => {
    const ranked = rankAreasByProgress(
      current.focusAreas.map((area) => ({
        id: area.number,
        colours: area.goals.flatMap((g) => g.indicators.map((i) => i.judgement?.colour ?? 'grey')),
      })),
    );
    expect(ranked[0]?.id).toBe(3);
    expect(indicator(current, 'tryghed').judgement?.status).toBe('progress');
    expect(indicator(current, 'dagtilbud').judgement?.status).toBe('progress');
  });

  it('colours the 2007 policy as the May 2008 letter says, with education red by its main indicator', () => {
    const colourOf = (code: string) => {
      const area = archived.focusAreas.find((a) => a.code === code)!;
      const items = area.goals.flatMap((g) =>
        g.indicators.map((i) => ({ id: i.code, colour: i.judgement?.colour ?? 'grey', status: i.judgement?.status, isMain: i.isMain })),
      );
      return rollUpStatuses(items).colour;
    };
    expect(['beskaeftigelse', 'bolig', 'kultur-fritid'].map(colourOf)).toEqual(['green', 'green', 'green']);
    expect(colourOf('uddannelse')).toBe('red');
    for (const code of ['tryghed', 'sundhed-omsorg']) expect(['yellow', 'red']).toContain(colourOf(code));
  });

  it('rolls January 2013 up from the indicators as seed 000 reads it: yellow, a mixed picture, not much closer', () => {
    expect(current.overall).toMatchObject({ colour: 'yellow', verdict: 'mixed', basis: 'majority', judged: 14 });
    expect(current.overall.counts).toEqual({ green: 5, yellow: 6, orange: 0, red: 3, grey: 1 });
    expect(rollUpVerdictWords('da', current.overall)).toBe('Blandet billede');
    expect(rollUpDistribution('da', current.overall)).toBe('5 af 14 i fremgang, 6 uændrede og 3 i tilbagegang; 1 uden data');
    expect(rollUpDistribution('en', current.overall)).toBe('5 of 14 forward, 6 unchanged and 3 back; 1 without data');
  });

  it('reads focus area 2 (1 forward, 2 unchanged, the leaders without data) as a yellow mixed picture, not mostly progress', () => {
    const area = current.focusAreas.find((a) => a.number === 2)!;
    expect(area.status).toMatchObject({ colour: 'yellow', verdict: 'mixed' });
    expect(rollUpVerdictWords('da', area.status)).toBe('Blandet billede');
    expect(rollUpDistribution('da', area.status)).toBe('1 af 3 i fremgang og 2 uændrede; 1 uden data');
  });

  it('reads goal 7 (one unchanged indicator) as unchanged, not mixed', () => {
    const goal = current.focusAreas.flatMap((a) => a.goals).find((g) => g.number === 7)!;
    expect(goal.status).toMatchObject({ colour: 'yellow', verdict: 'unchanged' });
    expect(rollUpVerdictWords('da', goal.status)).toBe('Uændret');
    expect(rollUpVerdictWords('en', goal.status)).toBe('Unchanged');
    expect(rollUpDistribution('da', goal.status)).toBe('1 af 1 uændret');
  });

  it('calls a committee green only when more than half of the goals it leads are green', () => {
    for (const committee of current.committees) {
      const { green, red } = committee.status.counts;
      if (committee.status.colour === 'green') expect(green * 2).toBeGreaterThan(committee.status.judged);
      if (red * 2 <= committee.status.judged && committee.status.colour === 'red') throw new Error(`${committee.code} is red without a majority`);
    }
    expect(current.committees.find((c) => c.code === 'SOU')?.status).toMatchObject({ colour: 'yellow', judged: 4 });
  });
});
