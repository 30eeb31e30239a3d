// The consultation screens over HTTP: an input added through its form (with
// its problems beside the fields), found again by the filters, edited with a
// version check, and read in its committee's catalogue and DOCX, which a
// committee member may open for its own committee only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldError, readForm } from '../admin/support/read-form.js';
import { readDocxParagraphs } from '../consultation/read-docx-text.js';
import { ENGINES } from '../support/databases.js';
import { startBankApp } from '../support/admin-screens.js';
import type { BankApp } from '../support/admin-screens.js';

describe.each(ENGINES)('the consultation screens on %s', (engine) => {
  let bank: BankApp;
  beforeAll(async () => {
    bank = await startBankApp(engine);
  });
  afterAll(() => bank.close());

  it('adds an input, finds it by the filters, edits it and shows it in the committee catalogue and its DOCX', async () => {
    const admin = bank.visitors.analyst;
    const form = readForm((await admin.get('/admin/consultation/new')).body, '/admin/consultation');
    const biu = await bank.idOf('committees', 'BIU');
    const goal = await bank.idOf('goals', 'mal-2');
    const typed = {
      ...form,
      sourceKind: 'micro_panel',
      receivedOn: '2010-13-01',
      title: 'Mentorer til nyuddannede',
      body: 'Et mentorprogram for nyuddannede med anden etnisk baggrund.',
      status: 'inspiration',
      committeeIds: [String(biu)],
      goalIds: [String(goal)],
    };
    const refused = await admin.post('/admin/consultation', typed);
    expect(refused.statusCode).toBe(400);
    expect(fieldError(refused.body, 'receivedOn')).toBe('Skriv en dato som 2011-06-30.');
    expect(readForm(refused.body, '/admin/consultation')).toMatchObject({ title: 'Mentorer til nyuddannede', committeeIds: [String(biu)] });
    const created = await admin.post('/admin/consultation', { ...typed, receivedOn: '2010-11-03' });
    expect(created.statusCode).toBe(303);
    const id = Number(/\/admin\/consultation\/(\d+)/.exec(String(created.headers.location))![1]);

    const found = await admin.get(`/admin/consultation?source=micro_panel&committee=${biu}&goal=${goal}&status=inspiration`);
    expect(found.body).toContain(`href="/admin/consultation/${id}"`);
    expect((await admin.get('/admin/consultation?source=blog')).body).not.toContain(`href="/admin/consultation/${id}"`);

    const url = `/admin/consultation/${id}`;
    const edit = readForm((await admin.get(url)).body, url);
    expect((await admin.post(url, { ...edit, status: 'used' })).statusCode).toBe(303);
    const stale = await admin.post(url, { ...edit, status: 'set_aside' });
    expect(stale.statusCode).toBe(409);
    expect((await bank.database.db.selectFrom('consultation_inputs').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('used');

    const catalogue = await admin.get(`/admin/consultation/catalogue/${biu}`);
    expect(catalogue.statusCode).toBe(200);
    expect(catalogue.body).toContain('Mentorer til nyuddannede');
    const docx = await admin.get(`/admin/consultation/catalogue/${biu}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(readDocxParagraphs(docx.rawPayload)).toContain('[Heading2] Mentorer til nyuddannede');
  });

  it("lets a committee member read its own committee's catalogue only, and not keep the catalogue", async () => {
    const member = bank.visitors.committee_member; // BIU
    const biu = await bank.idOf('committees', 'BIU');
    const buu = await bank.idOf('committees', 'BUU');
    const page = await member.get('/admin/committee');
    expect(page.body).toContain(`href="/admin/consultation/catalogue/${biu}"`);
    expect((await member.get(`/admin/consultation/catalogue/${biu}`)).statusCode).toBe(200);
    expect((await member.get(`/admin/consultation/catalogue/${biu}/docx`)).statusCode).toBe(200);
    expect((await member.get(`/admin/consultation/catalogue/${buu}`)).statusCode).toBe(403);
    expect((await member.get(`/admin/consultation/catalogue/${buu}/docx`)).statusCode).toBe(403);
    expect((await member.get('/admin/consultation')).statusCode).toBe(403);
    expect((await member.post('/admin/consultation', { title: 'x' })).statusCode).toBe(403);
  });
});
