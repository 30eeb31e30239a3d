// The status engine on the demo data: the January 2013 release must read as
// Copenhagen's orientation letter of that month describes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankAreasByProgress } from '../../src/domain/progress-ranking.js';
import { rollUpStatuses } from '../../src/domain/status/rollup.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { getPolicyOverview } from '../../src/services/policy-overview.js';
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
});
