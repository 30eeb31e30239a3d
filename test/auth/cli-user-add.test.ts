// `barometer user add` creates the first administrator, who opens the
// printed link, chooses a password and is in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { createUser } from '../../src/services/accounts/users.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { runBarometer } from '../support/run-cli.js';
import { TEST_HASHING } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { commandLineActor } from '../../src/domain/permissions.js';

describe.each(ENGINES)('barometer user add on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { migrate: false });
  });
  afterAll(() => database.drop());

  it('creates an administrator with a link that works once', async () => {
    const env = { DATABASE_URL: database.url, SITE_URL: 'http://localhost:4000' };
    const added = await runBarometer(['user', 'add', '--email', 'Forste@KK.test', '--role', 'administrator', '--name', 'Første Administrator'], env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Created administrator forste@kk.test.');
    const link = /http:\/\/localhost:4000(\/invitation\/[\w-]{43})/.exec(added.stdout)![1]!;

    const app = await buildApp({
      db: database.db,
      accounts: { baseUrl: 'http://localhost:4000', cookieSecure: false, mailer: null, singleSignOn: null, embedFrameAncestors: [], hashingCost: TEST_HASHING },
    });
    try {
      const visitor = new Visitor(app);
      expect((await visitor.get(link)).body).toContain('Du er inviteret som forste@kk.test.');
      expect((await visitor.post(link, { password: 'første gang er den bedste', repeated: 'første gang er den bedste' })).statusCode).toBe(303);
      const start = await visitor.get('/admin');
      expect(start.statusCode).toBe(200);
      expect(start.body).toContain('Din rolle: Administrator.');
      expect((await visitor.get('/admin/users')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

// Starting the command takes seconds, so its refusals are checked on one engine only.
describe('barometer user add refuses', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(() => database.drop());

  it('an unknown role, and an address already in use', async () => {
    const env = { DATABASE_URL: database.url };
    const noRole = await runBarometer(['user', 'add', '--email', 'x@kk.test', '--role', 'chief'], env);
    expect(noRole.code).toBe(1);
    expect(noRole.stderr).toMatch(/needs --role, one of administrator, analyst, data_supplier, committee_member, project_owner/);
    await createUser(
      database.db,
      { email: 'x@kk.test', name: '', role: 'analyst', administrationId: null, committeeId: null, language: 'da', isActive: true },
      { actor: commandLineActor('test'), now: new Date() },
    );
    const twice = await runBarometer(['user', 'add', '--email', 'X@kk.test', '--role', 'analyst'], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^barometer: There is already a user with the address x@kk\.test\./);
  });
});
