// Administrators edit the site settings and the people: changes are saved
// with an audit row, concurrent edits are caught, rights taken away end open
// sessions, and the last active administrator cannot be removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/services/site-settings.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { fieldError, readForm } from './support/read-form.js';
import { Visitor } from './support/visitor.js';

describe.each(ENGINES)('settings and users on %s', (engine) => {
  let demo: AccountsApp;
  let admin: Visitor;
  let analystId: number;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.administrator);
    analystId = await addPerson(demo.database.db, PEOPLE.analyst);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
  });
  afterAll(() => demo.close());

  it('saves the settings, with the accessibility statement', async () => {
    const form = readForm((await admin.get('/admin/settings')).body, '/admin/settings');
    const saved = await admin.post('/admin/settings', {
      ...form,
      municipality_name_da: 'Københavns Kommune',
      accessibility_statement_url: 'https://www.was.digst.dk/kk-dk',
      contact_email: 'barometer@kk.test',
    });
    expect(saved.statusCode).toBe(303);
    expect(await readSiteSettings(demo.database.db)).toMatchObject({
      municipality_name_da: 'Københavns Kommune',
      accessibility_statement_url: 'https://www.was.digst.dk/kk-dk',
      contact_email: 'barometer@kk.test',
    });
    const audit = await demo.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'settings').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.actor).toBe(PEOPLE.administrator.email);
    expect(JSON.parse(audit.after!)).toMatchObject({ municipality_name_da: 'Københavns Kommune' });
  });

  it('keeps what was typed when an address is not valid', async () => {
    const form = readForm((await admin.get('/admin/settings')).body, '/admin/settings');
    const refused = await admin.post('/admin/settings', { ...form, accessibility_statement_url: 'www.uden-https', contact_email: 'ikke en adresse' });
    expect(refused.statusCode).toBe(400);
    expect(fieldError(refused.body, 'accessibility_statement_url')).toBe('Skriv en fuld adresse, der begynder med https://.');
    expect(fieldError(refused.body, 'contact_email')).toBe('Skriv en gyldig e-mailadresse.');
    expect(readForm(refused.body, '/admin/settings')).toMatchObject({ accessibility_statement_url: 'www.uden-https', contact_email: 'ikke en adresse' });
  });

  it('catches a settings change made since the form was opened', async () => {
    const mine = readForm((await admin.get('/admin/settings')).body, '/admin/settings');
    const other = new Visitor(demo.app);
    await other.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    const theirs = readForm((await other.get('/admin/settings')).body, '/admin/settings');
    expect((await other.post('/admin/settings', { ...theirs, barometer_name_da: 'Inklusionsbarometeret' })).statusCode).toBe(303);
    const refused = await admin.post('/admin/settings', { ...mine, contact_text_da: 'Skriv til os' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('En anden har ændret dette');
    const settings = await readSiteSettings(demo.database.db);
    expect(settings.barometer_name_da).toBe('Inklusionsbarometeret');
    expect(settings.contact_text_da).toBeNull();
  });

  it("changes a role, which ends the person's open sessions", async () => {
    const analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    expect((await analyst.get('/admin/indicators')).statusCode).toBe(200);

    const url = `/admin/users/${analystId}`;
    const form = readForm((await admin.get(url)).body, url);
    const bu = (await demo.database.db.selectFrom('committees').select('id').where('code', '=', 'BUU').executeTakeFirstOrThrow()).id;
    const missing = await admin.post(url, { ...form, role: 'committee_member', committeeId: '' });
    expect(missing.statusCode).toBe(400);
    expect(fieldError(missing.body, 'committeeId')).toBe('Et udvalgsmedlem skal høre til et udvalg.');
    expect((await admin.post(url, { ...form, role: 'committee_member', committeeId: String(bu) })).statusCode).toBe(303);

    expect((await analyst.get('/admin/indicators')).statusCode).toBe(303);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    expect((await analyst.get('/admin/indicators')).statusCode).toBe(403);
    expect((await analyst.get('/admin')).body).toContain('Mål, som Børne- og Ungdomsudvalget er ansvarlig for');
  });

  it('deactivates an account, and never the last active administrator', async () => {
    const url = `/admin/users/${analystId}`;
    const form = readForm((await admin.get(url)).body, url);
    expect((await admin.post(url, { ...form, isActive: [] })).statusCode).toBe(303);
    expect((await new Visitor(demo.app).signIn(PEOPLE.analyst.email, PEOPLE.analyst.password)).statusCode).toBe(401);

    const adminId = (await demo.database.db.selectFrom('users').select('id').where('email', '=', PEOPLE.administrator.email).executeTakeFirstOrThrow()).id;
    const own = `/admin/users/${adminId}`;
    const ownForm = readForm((await admin.get(own)).body, own);
    const refused = await admin.post(own, { ...ownForm, role: 'analyst' });
    expect(refused.statusCode).toBe(400);
    expect(fieldError(refused.body, 'role')).toBe('Der skal altid være mindst én aktiv administrator.');
    const still = await demo.database.db.selectFrom('users').select('role').where('id', '=', adminId).executeTakeFirstOrThrow();
    expect(still.role).toBe('administrator');
  });

  it('shows the invitation link when e-mail is not set up, and refuses an address in use', async () => {
    const form = readForm((await admin.get('/admin/users/new')).body, '/admin/users');
    const invited = await admin.post('/admin/users', { ...form, email: 'ny@kk.test', role: 'project_owner' });
    expect(invited.statusCode).toBe(200);
    expect(invited.body).toMatch(/E-mail er ikke sat op \(SMTP_URL\).*http:\/\/barometer\.test\/invitation\/[\w-]{43}/);
    const again = await admin.post('/admin/users', { ...form, email: 'NY@kk.test', role: 'project_owner' });
    expect(again.statusCode).toBe(400);
    expect(fieldError(again.body, 'email')).toBe('Der er allerede en bruger med denne adresse.');
  });

  it('speaks English to a person who chose English', async () => {
    const ownerId = await addPerson(demo.database.db, PEOPLE.project_owner);
    const url = `/admin/users/${ownerId}`;
    const form = readForm((await admin.get(url)).body, url);
    expect((await admin.post(url, { ...form, language: 'en' })).statusCode).toBe(303);
    const owner = new Visitor(demo.app);
    await owner.signIn(PEOPLE.project_owner.email, PEOPLE.project_owner.password);
    const start = await owner.get('/admin');
    expect(start.body).toContain('<html lang="en">');
    expect(start.body).toContain('Your role: Project owner.');
    expect((await owner.get('/admin/settings')).body).toContain('Your role does not give access to this page.');
  });
});
