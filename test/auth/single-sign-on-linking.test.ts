// Single sign-on links to an account that exists here only when the provider
// vouches for the address, and never takes the role from the last active
// administrator (issue 16, finding 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcClient } from '../../src/auth/oidc-client.js';
import { parseRoleMap } from '../../src/auth/role-claims.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, TEST_BASE_URL, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { startOidcProvider } from './support/oidc-provider.js';
import type { LocalOidcProvider } from './support/oidc-provider.js';

const CALLBACK = `${TEST_BASE_URL}/auth/oidc/callback`;
const ROLE_MAP = parseRoleMap('Barometer.Admin=administrator; Barometer.Analyst=analyst');

describe.each(ENGINES)('linking single sign-on to accounts on %s', (engine) => {
  let idp: LocalOidcProvider;

  beforeAll(async () => {
    idp = await startOidcProvider({ clientId: 'barometer', clientSecret: 'a shared secret', redirectUri: CALLBACK });
  });
  afterAll(() => idp.stop());

  async function appTrusting(emailAlwaysVerified: boolean): Promise<AccountsApp> {
    const demo = await startAccountsApp(engine, {
      demo: false,
      singleSignOn: {
        client: createOidcClient({ issuer: idp.issuer, clientId: 'barometer', clientSecret: 'a shared secret', redirectUri: CALLBACK }),
        roleClaim: 'roles',
        roleMap: ROLE_MAP,
        label: 'Kommunens login',
        emailAlwaysVerified,
      },
    });
    await addPerson(demo.database.db, PEOPLE.administrator);
    return demo;
  }

  async function signInThroughProvider(demo: AccountsApp, accountId: string) {
    const visitor = new Visitor(demo.app);
    const start = await visitor.get('/auth/oidc/start');
    const back = await idp.signIn(String(start.headers.location), accountId, CALLBACK);
    return { visitor, response: await visitor.get(`${back.pathname}${back.search}`) };
  }

  const adminRow = (demo: AccountsApp) =>
    demo.database.db.selectFrom('users').selectAll().where('email', '=', PEOPLE.administrator.email).executeTakeFirstOrThrow();

  it('does not hand a local account to a provider that does not say the address is verified', async () => {
    const demo = await appTrusting(false);
    try {
      // Anyone who can set this address on an account at the provider, without proving it.
      idp.people.set('mallory', { email: PEOPLE.administrator.email, name: 'Mallory', roles: ['Barometer.Analyst'] });
      idp.people.set('mallory-unverified', { email: PEOPLE.administrator.email, email_verified: false, name: 'Mallory', roles: ['Barometer.Admin'] });
      for (const accountId of ['mallory', 'mallory-unverified']) {
        const { visitor, response } = await signInThroughProvider(demo, accountId);
        expect(response.statusCode, accountId).toBe(400);
        expect(visitor.cookies.has('barometer_session'), accountId).toBe(false);
      }
      expect(await adminRow(demo)).toMatchObject({ role: 'administrator', oidc_subject: null, name: 'admin' });
      // The owner still signs in with their password.
      expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password)).statusCode).toBe(303);
    } finally {
      await demo.close();
    }
  });

  it('links on a verified address, or with OIDC_EMAIL_ALWAYS_VERIFIED, but never takes the role from the last administrator', async () => {
    for (const [trusting, identity] of [
      [false, { email: PEOPLE.administrator.email, email_verified: true, name: 'Anne Admin', roles: ['Barometer.Analyst'] }],
      [true, { email: PEOPLE.administrator.email, name: 'Anne Admin', roles: ['Barometer.Analyst'] }],
    ] as const) {
      const demo = await appTrusting(trusting);
      try {
        idp.people.set('anne', { ...identity, roles: [...identity.roles] });
        const demoted = await signInThroughProvider(demo, 'anne');
        expect(demoted.response.statusCode, `trusting ${trusting}`).toBe(400);
        expect(await adminRow(demo)).toMatchObject({ role: 'administrator', oidc_subject: null });

        idp.people.get('anne')!.roles = ['Barometer.Admin'];
        const linked = await signInThroughProvider(demo, 'anne');
        expect(linked.response.statusCode, `trusting ${trusting}`).toBe(303);
        expect(await adminRow(demo)).toMatchObject({ role: 'administrator', oidc_subject: 'anne', name: 'Anne Admin' });
        expect((await linked.visitor.get('/admin/users')).statusCode).toBe(200);
      } finally {
        await demo.close();
      }
    }
  });
});
