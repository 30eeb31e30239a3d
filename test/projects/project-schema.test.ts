import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as migration from '../../src/db/migrations/2026-11-22T0600-plans-projects-consultation.js';
import * as letterSenderDetails from '../../src/db/migrations/2026-12-04T1920-letter-sender-details.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';

describe.each(ENGINES)('the plans, projects and consultation tables on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.drop());

  it('refuse what the rules forbid even without the services', async () => {
    const { db } = database;
    const committee = await db.insertInto('committees').values({ code: 'X', name_da: 'X', sort_order: 0 }).returning('id').executeTakeFirstOrThrow();
    const project = (values: { start: string; end: string; cofunding: number }) =>
      sql`insert into projects (title, owner, committee_id, start_on, end_on, cofunding_kr, created_at, created_by, updated_at)
          values ('P', 'O', ${committee.id}, ${values.start}, ${values.end}, ${values.cofunding}, 'now', 'test', 'now')`.execute(db);
    await expect(project({ start: '2012-01-01', end: '2011-12-31', cofunding: 0 })).rejects.toThrow();
    await expect(project({ start: '2012-01-01', end: '2012-12-31', cofunding: -1 })).rejects.toThrow();
    await project({ start: '2012-01-01', end: '2012-12-31', cofunding: 5_000_000_000 });
    const row = await db.selectFrom('projects').select(['id', 'cofunding_kr']).executeTakeFirstOrThrow();
    expect(row.cofunding_kr).toBe(5_000_000_000);
    const decide = (decision: string, until: string | null) =>
      sql`insert into project_decisions (project_id, decision, decided_on, extended_until, created_at, created_by)
          values (${row.id}, ${decision}, '2013-01-01', ${until}, 'now', 'test')`.execute(db);
    await expect(decide('extend', null)).rejects.toThrow();
    await expect(decide('postpone', null)).rejects.toThrow();
    await decide('extend', '2013-12-31');
  });

  it('can be taken down and put up again', async () => {
    // Migrations receive an untyped Kysely, as the migrator passes them one.
    const untyped = database.db as unknown as Kysely<unknown>;
    // A letter draft may name a project (red-twice letters): that later migration comes down first.
    await letterSenderDetails.down(untyped);
    await migration.down(untyped);
    const names = async () => (await database.db.introspection.getTables()).map((t) => t.name);
    expect((await names()).filter((t) => t.startsWith('project'))).toEqual([]);
    await migration.up(untyped);
    await letterSenderDetails.up(untyped);
    expect(await names()).toContain('project_internal');
  });
});
