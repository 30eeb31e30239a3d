// Invitation and reset links end when what they were sent for changes: the
// address, the role or organisation, or the account's being active. An
// invitation is refused for an account that already has a password, and
// reset e-mails are rationed per account (issue 16, findings 3, 8 and 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import { createLogMailer } from '../../src/mail/mailer.js';
import { RESET_LINKS_PER_HOUR, findLinkHolder, requestPasswordReset, sendInvitation } from '../../src/services/accounts/one-time-links.js';
import type { OneTimeLinkPurpose } from '../../src/services/accounts/one-time-links.js';
import { createUser, getUserView, updateUserAccount } from '../../src/services/accounts/users.js';
import { Conflict } from '../../src/services/errors.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, TEST_BASE_URL, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';

describe.each(ENGINES)('one-time links on %s', (engine) => {
  let demo: AccountsApp;
  const sent: { to: string; text: string }[] = [];
  const mailing = { mailer: createLogMailer((entry) => sent.push(entry)), baseUrl: TEST_BASE_URL };
  const ctx = () => ({ actor: commandLineActor('test'), now: new Date() });
  const tokenOf = (link: string) => link.split('/').at(-1)!;
  const lastLinkTo = (email: string) => tokenOf(/https?:\/\/\S+/.exec(sent.filter((m) => m.to === email).at(-1)!.text)![0]);
  const usable = async (token: string, purpose: OneTimeLinkPurpose) => (await findLinkHolder(demo.database.db, token, purpose, new Date())) !== null;

  beforeAll(async () => {
    demo = await startAccountsApp(engine, { demo: false });
    await addPerson(demo.database.db, PEOPLE.administrator);
  });
  afterAll(() => demo.close());

  async function invited(email: string) {
    const user = await createUser(
      demo.database.db,
      { email, name: email, role: 'analyst', administrationId: null, committeeId: null, language: 'da', isActive: true },
      ctx(),
    );
    const { link } = await sendInvitation(demo.database.db, user.id, mailing, ctx());
    return { id: user.id, token: tokenOf(link) };
  }

  async function change(id: number, changes: { email?: string; role?: Role; isActive?: boolean }) {
    const user = await getUserView(demo.database.db, id);
    const input = {
      email: user.email,
      name: user.name,
      role: user.role,
      administrationId: null,
      committeeId: null,
      language: user.language,
      isActive: user.is_active === 1,
    };
    await updateUserAccount(demo.database.db, id, user.version, { ...input, ...changes }, ctx());
  }

  it('retires an invitation when the address it was sent to is corrected', async () => {
    const { id, token } = await invited('typo@kk.tset');
    expect(await usable(token, 'invitation')).toBe(true);
    await change(id, { email: 'typo@kk.test' });
    expect(await usable(token, 'invitation')).toBe(false);
    expect((await new Visitor(demo.app).get(`/invitation/${token}`)).statusCode).toBe(410);
  });

  it('retires an invitation when the role changes, and a reset link when the account is deactivated', async () => {
    const { id, token } = await invited('role@kk.test');
    await change(id, { role: 'project_owner' });
    expect(await usable(token, 'invitation')).toBe(false);

    await addPerson(demo.database.db, PEOPLE.analyst);
    await requestPasswordReset(demo.database.db, PEOPLE.analyst.email, mailing, new Date());
    const reset = lastLinkTo(PEOPLE.analyst.email);
    expect(await usable(reset, 'password_reset')).toBe(true);
    const analyst = await demo.database.db.selectFrom('users').select('id').where('email', '=', PEOPLE.analyst.email).executeTakeFirstOrThrow();
    await change(analyst.id, { isActive: false });
    await change(analyst.id, { isActive: true });
    expect(await usable(reset, 'password_reset')).toBe(false);
  });

  it('keeps a link when nothing it depends on changes', async () => {
    const { id, token } = await invited('keep@kk.test');
    const user = await getUserView(demo.database.db, id);
    await updateUserAccount(
      demo.database.db,
      id,
      user.version,
      { email: user.email, name: 'A new name', role: user.role, administrationId: null, committeeId: null, language: 'en', isActive: true },
      ctx(),
    );
    expect(await usable(token, 'invitation')).toBe(true);
  });

  it('refuses to invite an account that already has a password, in the service and on the page', async () => {
    const admin = await demo.database.db.selectFrom('users').select('id').where('email', '=', PEOPLE.administrator.email).executeTakeFirstOrThrow();
    await expect(sendInvitation(demo.database.db, admin.id, mailing, ctx())).rejects.toBeInstanceOf(Conflict);
    const visitor = new Visitor(demo.app);
    await visitor.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    await visitor.get(`/admin/users/${admin.id}`);
    const response = await visitor.post(`/admin/users/${admin.id}/invitation`, {});
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Send i stedet en nulstilling');
    const tokens = await demo.database.db
      .selectFrom('one_time_tokens')
      .select('id')
      .where('user_id', '=', admin.id)
      .where('purpose', '=', 'invitation')
      .where('used_at', 'is', null)
      .execute();
    expect(tokens).toHaveLength(0);
  });

  it('sends at most three reset e-mails an hour to one account, answering every request alike', async () => {
    await addPerson(demo.database.db, { ...PEOPLE.analyst, email: 'often@kk.test' });
    const start = new Date('2026-12-01T09:00:00Z');
    const count = () => sent.filter((m) => m.to === 'often@kk.test').length;
    for (let minute = 0; minute < 6; minute += 1) {
      await requestPasswordReset(demo.database.db, 'often@kk.test', mailing, new Date(start.getTime() + minute * 60_000));
    }
    expect(count()).toBe(RESET_LINKS_PER_HOUR);
    await requestPasswordReset(demo.database.db, 'often@kk.test', mailing, new Date(start.getTime() + 61 * 60_000));
    expect(count()).toBe(RESET_LINKS_PER_HOUR + 1);

    // Through the form: the same answer whether or not a mail went out.
    const visitor = new Visitor(demo.app);
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await visitor.get('/password/forgot');
      const response = await visitor.post('/password/forgot', { email: 'often@kk.test' });
      answers.push([response.statusCode, response.body.replace(/name="_csrf" value="[^"]+"/, '')]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });
});
