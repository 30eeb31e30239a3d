// A fresh database with the Copenhagen demo data and the project-bank demo
// data loaded in one transaction, as `barometer demo` will load them.
import type { Engine } from '../../../src/db/dialect.js';
import { inTransaction } from '../../../src/services/change-context.js';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../../src/services/demo/load-project-demo-data.js';
import type { ProjectDemoLoadResult } from '../../../src/services/demo/load-project-demo-data.js';
import { readDemoFile } from '../../../src/services/demo/read-demo-file.js';
import { createTestDatabase } from '../../support/databases.js';
import type { TestDatabase } from '../../support/databases.js';
import { commandLineActor } from '../../../src/domain/permissions.js';

export const demoContext = { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') };

/** The day the demo's statuses are judged on in tests: after every demo period. */
export const DEMO_TODAY = '2026-11-22';

export async function createProjectDemoDatabase(engine: Engine): Promise<TestDatabase & { loaded: ProjectDemoLoadResult }> {
  const database = await createTestDatabase(engine);
  const [main, projects] = await Promise.all([readDemoFile(), readProjectDemoFile()]);
  const loaded = await inTransaction(database.db, async (trx) => {
    await loadDemoData(trx, main, {}, demoContext);
    return loadProjectDemoData(trx, projects, demoContext);
  });
  return Object.assign(database, { loaded });
}

/** Ids by code, for tests that name committees, goals and projects as people do. */
export async function idsByCode(database: TestDatabase) {
  const db = database.db;
  const [committees, goals, projects] = await Promise.all([
    db.selectFrom('committees').select(['id', 'code']).execute(),
    db
      .selectFrom('goals')
      .innerJoin('policies', 'policies.id', 'goals.policy_id')
      .select(['goals.id', 'goals.code'])
      .where('policies.code', '=', 'inklusionspolitik-2011-2014')
      .execute(),
    db.selectFrom('projects').select(['id', 'reference']).execute(),
  ]);
  const lookup = (rows: { id: number; code: string | null }[], what: string) => (code: string) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`No ${what} ${code}`);
    return row.id;
  };
  return {
    committee: lookup(committees, 'committee'),
    goal: lookup(goals, 'goal'),
    project: lookup(
      projects.map((p) => ({ id: p.id, code: p.reference })),
      'project',
    ),
  };
}
