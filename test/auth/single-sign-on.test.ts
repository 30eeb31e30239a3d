// Single sign-on over OpenID Connect against a real provider started here:
// claims become roles, the person is created or updated, the session is new,
// and a sign-in this browser did not start is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcClient } from '../../src/auth/oidc-client.js';
import { parseRoleMap } from '../../src/auth/role-claims.js';
import { ENGINES } from '../support/databases.js';
import { TEST_BASE_URL, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { startOidcProvider } from './support/oidc-provider.js';
import type { LocalOidcProvider } from './support/oidc-provider.js';

const CALLBACK = `${TEST_BASE_URL}/auth/oidc/callback`;

describe.each(ENGINES)('single sign-on on %s', (engine) => {
  let idp: LocalOidcProvider;
  let demo: AccountsApp;

  beforeAll(async () => {
    idp = await startOidcProvider({ clientId: 'barometer', clientSecret: 'a shared secret', redirectUri: CALLBACK });
    idp.people.set('sara', { email: 'Sara@KK.test', email_verified: true, name: 'Sara Sekretariat', roles: ['Barometer.Analyst', 'Other.App'] });
    idp.people.set('lars', { email: 'lars@kk.test', email_verified: true, name: 'Lars Leverandør', roles: ['BIF-data'] });
    idp.people.set('ole', { email: 'ole@kk.test', email_verified: true, name: 'Ole Udenfor', roles: ['Other.App'] });
    demo = await startAccountsApp(engine, {
      singleSignOn: {
        client: createOidcClient({ issuer: idp.issuer, clientId: 'barometer', clientSecret: 'a shared secret', redirectUri: CALLBACK }),
        roleClaim: 'roles',
        roleMap: parseRoleMap('Barometer.Admin=administrator; Barometer.Analyst=analyst; BIF-data=data_supplier:BIF'),
        label: 'Kommunens login',
      },
    });
  });
  afterAll(async () => {
    await demo.close();
    await idp.stop();
  });

  async function signInThroughProvider(visitor: Visitor, accountId: string, next = '/admin') {
    const start = await visitor.get(`/auth/oidc/start?next=${encodeURIComponent(next)}`);
    expect(start.statusCode).toBe(303);
    const back = await idp.signIn(String(start.headers.location), accountId, CALLBACK);
    return visitor.get(`${back.pathname}${back.search}`);
  }

  it('offers single sign-on on the sign-in page', async () => {
    const page = await new Visitor(demo.app).get('/login');
    expect(page.body).toContain('Log ind med Kommunens login');
  });

  it('signs in a person the provider knows, with the role the claims give, in a new session', async () => {
    const visitor = new Visitor(demo.app);
    visitor.cookies.set('barometer_session', 'planted-before-sign-in-aaaaaaaaaaaaaaaaaaaaaaaa');
    const done = await signInThroughProvider(visitor, 'sara', '/admin/indicators');
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/admin/indicators');
    expect(visitor.cookies.get('barometer_session')).not.toBe('planted-before-sign-in-aaaaaaaaaaaaaaaaaaaaaaaa');
    expect((await visitor.get('/admin/indicators')).statusCode).toBe(200);

    const sara = await demo.database.db.selectFrom('users').selectAll().where('email', '=', 'sara@kk.test').executeTakeFirstOrThrow();
    expect(sara).toMatchObject({ role: 'analyst', name: 'Sara Sekretariat', oidc_issuer: idp.issuer, oidc_subject: 'sara', password_hash: null });
    const created = await demo.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(sara.id))
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(created.after!)).toMatchObject({ role: 'analyst', via: 'single sign-on' });
  });

  it('follows the claims at the next sign-in', async () => {
    idp.people.get('sara')!.roles = ['Barometer.Admin'];
    const visitor = new Visitor(demo.app);
    expect((await signInThroughProvider(visitor, 'sara')).statusCode).toBe(303);
    expect((await visitor.get('/admin/audit')).statusCode).toBe(200);
    const sara = await demo.database.db.selectFrom('users').select(['role']).where('email', '=', 'sara@kk.test').executeTakeFirstOrThrow();
    expect(sara.role).toBe('administrator');
  });

  it('maps a claim to a data supplier of the named administration', async () => {
    const visitor = new Visitor(demo.app);
    expect((await signInThroughProvider(visitor, 'lars')).statusCode).toBe(303);
    const start = await visitor.get('/admin');
    expect(start.body).toContain('Indikatorer, som Beskæftigelses- og Integrationsforvaltningen leverer tal til');
    expect((await visitor.get('/admin/indicators')).statusCode).toBe(403);
  });

  it('refuses a person whose claims give no role', async () => {
    const visitor = new Visitor(demo.app);
    const refused = await signInThroughProvider(visitor, 'ole');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('din konto giver ingen rolle i barometret');
    expect(visitor.cookies.has('barometer_session')).toBe(false);
    expect(await demo.database.db.selectFrom('users').select('id').where('email', '=', 'ole@kk.test').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a callback this browser did not start', async () => {
    const victim = new Visitor(demo.app);
    const attacker = new Visitor(demo.app);
    const start = await attacker.get('/auth/oidc/start');
    const back = await idp.signIn(String(start.headers.location), 'sara', CALLBACK);
    const planted = await victim.get(`${back.pathname}${back.search}`);
    expect(planted.statusCode).toBe(400);
    expect(victim.cookies.has('barometer_session')).toBe(false);
    // And a state is accepted once only.
    expect((await attacker.get(`${back.pathname}${back.search}`)).statusCode).toBe(303);
    const again = new Visitor(demo.app);
    again.cookies.set('barometer_oidc_state', back.searchParams.get('state')!);
    expect((await again.get(`${back.pathname}${back.search}`)).statusCode).toBe(400);
  });
});
