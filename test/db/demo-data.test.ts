import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { listIndicatorsForPolicy } from '../../src/db/repositories/indicators.js';
import { listMeasurementHistory } from '../../src/db/repositories/measurements.js';
import { findPolicyByCode, listFocusAreas, listGoalCommittees, listGoals } from '../../src/db/repositories/policies.js';
import { listReleaseMissing, listReleases } from '../../src/db/repositories/releases.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') };

describe.each(ENGINES)('the Copenhagen demo data on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadDemoData(database.db, await readDemoFile(), {}, ctx);
  });
  afterAll(() => database.drop());

  it('has the 2011 policy with four focus areas, eight goals and fifteen indicators', async () => {
    const policy = await findPolicyByCode(database.db, 'inklusionspolitik-2011-2014');
    expect(policy?.state).toBe('active');
    expect(await listFocusAreas(database.db, policy!.id)).toHaveLength(4);
    expect(await listGoals(database.db, policy!.id)).toHaveLength(8);
    expect(await listIndicatorsForPolicy(database.db, policy!.id)).toHaveLength(15);
  });

  it('names the responsible committees of each goal as the letters do', async () => {
    const policy = await findPolicyByCode(database.db, 'inklusionspolitik-2011-2014');
    const goals = await listGoals(database.db, policy!.id);
    const links = await listGoalCommittees(database.db, policy!.id);
    const lead = (n: number) => {
      const goal = goals.find((g) => g.number === n)!;
      return links
        .filter((l) => l.goal_id === goal.id && l.role === 'lead')
        .map((l) => l.code)
        .sort();
    };
    expect(lead(1)).toEqual(['BUU', 'SOU']);
    expect(lead(4)).toEqual(['BUU', 'KFU', 'SOU', 'SUU']);
    expect(lead(5)).toEqual(['OU', 'SOU', 'TMU']);
    const shared = links.filter((l) => l.goal_id === goals.find((g) => g.number === 6)!.id);
    expect(shared).toHaveLength(7);
  });

  it('publishes the January 2013 release with the leaders indicator missing', async () => {
    const policy = await findPolicyByCode(database.db, 'inklusionspolitik-2011-2014');
    const releases = await listReleases(database.db, policy!.id);
    expect(releases.map((r) => r.published_on)).toEqual(['2013-01-15', '2012-01-16', '2011-04-05']);
    expect(releases.every((r) => r.state === 'published')).toBe(true);
    const missing = await listReleaseMissing(database.db, releases[0]!.id);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.expected_da).toBe('1. kvartal 2013');
  });

  it('keeps the provisional 2011 employment figure in the history of its revision', async () => {
    const row = await database.db
      .selectFrom('measurements')
      .innerJoin('indicators', 'indicators.id', 'measurements.indicator_id')
      .select(['measurements.id', 'measurements.value', 'measurements.is_provisional'])
      .where('indicators.code', '=', 'beskaeftigelsesfrekvens')
      .where('measurements.period', '=', '2011')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ value: 52.1, is_provisional: 0 });
    const history = await listMeasurementHistory(database.db, row.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ value: 52, is_provisional: 1, replaced_by: 'test' });
    expect(history[0]!.reason).toMatch(/endelige/);
  });

  it('refuses to load twice without force, and replaces everything with force', async () => {
    const data = await readDemoFile();
    await expect(loadDemoData(database.db, data, {}, ctx)).rejects.toThrow(/--force/);
    const projects = await readProjectDemoFile();
    const result = await loadDemoData(database.db, data, { force: true, projects }, ctx);
    expect(result).toMatchObject({ policies: 2, indicators: 21, releases: 5 });
    expect(result.projectBank).toMatchObject({ projects: 12, consultationInputs: 20 });
    // A second forced load clears the project bank too, which points at committees and goals.
    await expect(loadDemoData(database.db, data, { force: true, projects }, ctx)).resolves.toMatchObject({ policies: 2 });
    const audit = await listAuditEntries(database.db, { entity: 'database' });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});
