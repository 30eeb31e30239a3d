// A Barometer app for sign-in and admin tests: a fresh database on the given
// engine (with the demo data unless told otherwise), accounts options for
// tests (a cheap Argon2id cost, no Secure cookies over plain HTTP), and a way
// to create people with a password through the real invitation path.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Engine } from '../../../src/db/dialect.js';
import type { Database } from '../../../src/db/tables.js';
import type { Role } from '../../../src/domain/permissions.js';
import { buildApp } from '../../../src/http/app.js';
import type { AccountsOptions } from '../../../src/http/plugins/accounts.js';
import { createLogMailer } from '../../../src/mail/mailer.js';
import { redeemLink, sendInvitation } from '../../../src/services/accounts/one-time-links.js';
import { createUser } from '../../../src/services/accounts/users.js';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../../src/services/demo/read-demo-file.js';
import { createTestDatabase } from '../../support/databases.js';
import type { TestDatabase } from '../../support/databases.js';
import { commandLineActor } from '../../../src/domain/permissions.js';

/** Argon2id still, at a cost that keeps the tests fast. */
export const TEST_HASHING = Object.freeze({ memoryCost: 1024, timeCost: 1, parallelism: 1 });
export const TEST_BASE_URL = 'http://barometer.test';
export const DEMO_LOADED_AT = new Date('2026-11-22T10:00:00Z');

export interface AccountsApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function startAccountsApp(engine: Engine, options: Partial<AccountsOptions> & { demo?: boolean } = {}): Promise<AccountsApp> {
  const { demo = true, ...overrides } = options;
  const database = await createTestDatabase(engine);
  if (demo) await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
  const app = await buildApp({
    db: database.db,
    accounts: {
      baseUrl: TEST_BASE_URL,
      cookieSecure: false,
      mailer: null,
      singleSignOn: null,
      embedFrameAncestors: ['*'],
      hashingCost: TEST_HASHING,
      ...overrides,
    },
  });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export interface NewPerson {
  email: string;
  role: Role;
  password: string;
  name?: string;
  administrationCode?: string;
  committeeCode?: string;
}

/** Creates a person as an administrator would, and chooses the password through the invitation link. */
export async function addPerson(db: Kysely<Database>, person: NewPerson): Promise<number> {
  const ctx = { actor: commandLineActor('test'), now: new Date() };
  const idOf = async (table: 'administrations' | 'committees', code: string | undefined) =>
    code === undefined ? null : (await db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const user = await createUser(
    db,
    {
      email: person.email,
      name: person.name ?? person.email.split('@')[0]!,
      role: person.role,
      administrationId: await idOf('administrations', person.administrationCode),
      committeeId: await idOf('committees', person.committeeCode),
      language: 'da',
      isActive: true,
    },
    ctx,
  );
  const { link } = await sendInvitation(db, user.id, { mailer: createLogMailer(() => undefined), baseUrl: TEST_BASE_URL }, ctx);
  const token = link.split('/').at(-1)!;
  await redeemLink(db, token, 'invitation', { chosen: person.password, repeated: person.password }, { now: new Date(), hashingCost: TEST_HASHING });
  return user.id;
}

/** One person per role, all with the same password. */
export const PEOPLE: Record<Role, NewPerson> = {
  administrator: { email: 'admin@kk.test', role: 'administrator', password: 'correct horse battery' },
  analyst: { email: 'analyst@kk.test', role: 'analyst', password: 'correct horse battery' },
  data_supplier: { email: 'supplier@kk.test', role: 'data_supplier', password: 'correct horse battery', administrationCode: 'BIF' },
  committee_member: { email: 'member@kk.test', role: 'committee_member', password: 'correct horse battery', committeeCode: 'BIU' },
  project_owner: { email: 'owner@kk.test', role: 'project_owner', password: 'correct horse battery' },
};
