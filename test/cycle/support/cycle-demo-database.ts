// A fresh database with the full Copenhagen demo (model, project bank, the
// 2013 cycle) loaded as `barometer demo` loads it.
import type { Kysely } from 'kysely';
import type { Engine } from '../../../src/db/dialect.js';
import type { Database } from '../../../src/db/tables.js';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.js';
import type { DemoLoadResult } from '../../../src/services/demo/load-demo-data.js';
import { readProjectDemoFile } from '../../../src/services/demo/load-project-demo-data.js';
import { readDemoFile } from '../../../src/services/demo/read-demo-file.js';
import { createTestDatabase } from '../../support/databases.js';
import type { TestDatabase } from '../../support/databases.js';
import { commandLineActor } from '../../../src/domain/permissions.js';

export const demoContext = { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') };

export async function createCycleDemoDatabase(engine: Engine): Promise<TestDatabase & { loaded: DemoLoadResult }> {
  const database = await createTestDatabase(engine);
  const [main, projects] = await Promise.all([readDemoFile(), readProjectDemoFile()]);
  const loaded = await loadDemoData(database.db, main, { projects }, demoContext);
  return Object.assign(database, { loaded });
}

export async function policyIdOf(db: Kysely<Database>, code = 'inklusionspolitik-2011-2014'): Promise<number> {
  return (await db.selectFrom('policies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

export async function committeeIdOf(db: Kysely<Database>, code: string): Promise<number> {
  return (await db.selectFrom('committees').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** The id of a committee's task of a kind in the policy's cycle of a year. */
export async function taskIdOf(db: Kysely<Database>, options: { committee: string; kind: string; year?: number }): Promise<number> {
  const row = await db
    .selectFrom('cycle_tasks')
    .innerJoin('cycle_milestones', 'cycle_milestones.id', 'cycle_tasks.milestone_id')
    .innerJoin('cycles', 'cycles.id', 'cycle_milestones.cycle_id')
    .innerJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
    .select('cycle_tasks.id')
    .where('committees.code', '=', options.committee)
    .where('cycle_tasks.kind', '=', options.kind as 'status_statement')
    .where('cycles.year', '=', options.year ?? 2013)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A person who receives the cycle's e-mails (no password: these tests never sign in). */
export async function addCycleUser(
  db: Kysely<Database>,
  person: {
    email: string;
    role: 'committee_member' | 'data_supplier' | 'administrator' | 'analyst';
    committee?: string;
    administration?: string;
    language: 'da' | 'en';
  },
): Promise<number> {
  const at = '2013-01-01T00:00:00.000Z';
  const committeeId = person.committee ? await committeeIdOf(db, person.committee) : null;
  const administrationId = person.administration
    ? (await db.selectFrom('administrations').select('id').where('code', '=', person.administration).executeTakeFirstOrThrow()).id
    : null;
  const row = await db
    .insertInto('users')
    .values({
      email: person.email,
      name: person.email.split('@')[0]!,
      role: person.role,
      administration_id: administrationId,
      committee_id: committeeId,
      language: person.language,
      password_hash: null,
      oidc_issuer: null,
      oidc_subject: null,
      is_active: 1,
      created_at: at,
      updated_at: at,
      last_login_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
