// Invitations and password resets go out as e-mail over SMTP (a real local
// SMTP server here), and the link in the message works once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../src/mail/mailer.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, TEST_BASE_URL, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { readForm } from '../admin/support/read-form.js';
import { Visitor } from '../admin/support/visitor.js';
import { startSmtpServer } from './support/smtp-server.js';
import type { LocalSmtpServer } from './support/smtp-server.js';

const linkIn = (text: string) => {
  const match = new RegExp(`${TEST_BASE_URL}(/[\\w/-]+)`).exec(text);
  if (!match) throw new Error(`No link in: ${text}`);
  return match[1]!;
};

describe.each(ENGINES)('e-mailed links on %s', (engine) => {
  let smtp: LocalSmtpServer;
  let demo: AccountsApp;
  let admin: Visitor;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    demo = await startAccountsApp(engine, { mailer: createSmtpMailer(smtp.url, 'Barometer <barometer@kk.test>') });
    await addPerson(demo.database.db, PEOPLE.administrator);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
  });
  afterAll(async () => {
    await demo.close();
    await smtp.stop();
  });

  it('invites a data supplier whose link sets a password and signs them in', async () => {
    const form = readForm((await admin.get('/admin/users/new')).body, '/admin/users');
    const bif = (await demo.database.db.selectFrom('administrations').select('id').where('code', '=', 'BIF').executeTakeFirstOrThrow()).id;
    const invited = await admin.post('/admin/users', {
      ...form,
      email: 'Leverandoer@KK.test',
      name: 'Lene Leverandør',
      role: 'data_supplier',
      administrationId: String(bif),
    });
    expect(invited.statusCode).toBe(200);
    expect(invited.body).toContain('Invitationen er sendt til leverandoer@kk.test.');

    const mail = await smtp.waitForMailTo('leverandoer@kk.test');
    expect(mail.subject).toBe('Du er inviteret til Inklusionsbarometret');
    expect(mail.text).toContain('Linket virker i syv dage');
    const link = linkIn(mail.text);
    expect(link).toMatch(/^\/invitation\/[\w-]{43}$/);

    const newcomer = new Visitor(demo.app);
    const page = await newcomer.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Du er inviteret som leverandoer@kk.test.');
    const tooShort = await newcomer.post(link, { password: 'kort', repeated: 'kort' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.body).toContain('Adgangskoden skal have mindst 10 tegn.');
    const accepted = await newcomer.post(link, { password: 'tal til tiden hvert år', repeated: 'tal til tiden hvert år' });
    expect(accepted.statusCode).toBe(303);
    const start = await newcomer.get('/admin');
    expect(start.body).toContain('Indikatorer, som Beskæftigelses- og Integrationsforvaltningen leverer tal til');

    // The link worked once.
    expect((await new Visitor(demo.app).get(link)).statusCode).toBe(410);
    expect((await new Visitor(demo.app).signIn('leverandoer@kk.test', 'tal til tiden hvert år')).statusCode).toBe(303);
  });

  it('sends a reset link to a known address only, and the link replaces the password', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.get('/password/forgot');
    const unknown = await visitor.post('/password/forgot', { email: 'ukendt@kk.test' });
    const known = await visitor.post('/password/forgot', { email: PEOPLE.administrator.email });
    // The same answer either way, apart from the address typed and the form's token.
    const answer = (body: string, address: string) => body.replaceAll(address, '').replace(/name="_csrf" value="[^"]+"/g, '');
    expect(answer(unknown.body, 'ukendt@kk.test')).toBe(answer(known.body, PEOPLE.administrator.email));
    expect(known.body).toContain('Hvis adressen hører til en konto, er linket sendt nu.');
    const mail = await smtp.waitForMailTo(PEOPLE.administrator.email);
    expect(mail.subject).toBe('Ny adgangskode til Inklusionsbarometret');
    const link = linkIn(mail.text);
    expect(link).toMatch(/^\/password\/reset\/[\w-]{43}$/);

    const resetter = new Visitor(demo.app);
    await resetter.get(link);
    expect((await resetter.post(link, { password: 'et helt nyt kodeord', repeated: 'et helt nyt kodeord' })).statusCode).toBe(303);
    // The old password and the other browser's session are gone; the new password works.
    expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password)).statusCode).toBe(401);
    expect((await admin.get('/admin')).statusCode).toBe(303);
    expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, 'et helt nyt kodeord')).statusCode).toBe(303);
    expect(smtp.messages.some((m) => m.to.includes('ukendt@kk.test'))).toBe(false);
  });
});
