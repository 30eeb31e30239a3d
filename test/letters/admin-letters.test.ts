// The letters' admin screens in process, on both engines: make a draft, edit
// its wording at its version (a stale edit is caught and shows what is
// saved), view and download it, change a template (an unknown placeholder is
// refused beside the text as typed), upload a logo; committee members are
// kept out; edited hostile text stays text.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canEditLetterTemplates, canWriteLetters } from '../../src/domain/permissions.js';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { ENGINES } from '../support/databases.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { docxText } from './support.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function multipart(fields: Record<string, string>, file: { field: string; name: string; type: string; bytes: Buffer }) {
  const boundary = '----letters-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('who may use the letters', () => {
  it('is the secretariat for drafts and administrators for templates', () => {
    const actor = (role: 'administrator' | 'analyst' | 'committee_member') => ({
      id: 1,
      role,
      administrationId: null,
      committeeId: role === 'committee_member' ? 1 : null,
      label: 'test',
    });
    expect([canWriteLetters(actor('administrator')), canWriteLetters(actor('analyst')), canWriteLetters(actor('committee_member'))]).toEqual([
      true,
      true,
      false,
    ]);
    expect([canEditLetterTemplates(actor('administrator')), canEditLetterTemplates(actor('analyst'))]).toEqual([true, false]);
  });
});

describe.each(ENGINES)('the letters in the admin area on %s', (engine) => {
  let demo: AccountsApp;
  const analyst = () => visitors.get('analyst')!;
  const admin = () => visitors.get('administrator')!;
  const visitors = new Map<string, Visitor>();

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    for (const role of ['administrator', 'analyst', 'committee_member'] as const) {
      await addPerson(demo.database.db, PEOPLE[role]);
      const visitor = new Visitor(demo.app);
      expect((await visitor.signIn(PEOPLE[role].email, PEOPLE[role].password)).statusCode).toBe(303);
      visitors.set(role, visitor);
    }
  }, 120_000);
  afterAll(() => demo.close());

  it('keeps committee members out', async () => {
    expect((await visitors.get('committee_member')!.get('/admin/letters')).statusCode).toBe(403);
    expect((await analyst().get('/admin/letters/templates')).statusCode).toBe(403);
  });

  it('makes a draft, saves edited wording at its version, catches a stale edit, and exports it', async () => {
    const home = await analyst().get('/admin/letters');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Dan et nyt udkast');

    const refused = await analyst().post('/admin/letters', { kind: 'challenge', release: 'latest', committee: '', lang: 'da' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/form-error-message" id="field-committee-error">.*Vælg det udvalg, udfordringsskrivelsen skal til\./s);

    const created = await analyst().post('/admin/letters', { kind: 'orientation', release: 'latest', committee: '', lang: 'da' });
    expect(created.statusCode).toBe(303);
    const url = String(created.headers.location).replace(/\?.*$/, '');
    const page = await analyst().get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('nye tal for 14 af de 15 indikatorer');
    const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;

    const hostile = '<script>alert(1)</script> Vores egen indledning & mere.';
    const saved = await analyst().post(url, { version, completeness: hostile });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${url}?saved=1`);
    const reread = await analyst().get(String(saved.headers.location));
    expect(reread.body).toContain('Teksten er gemt.');
    expect(reread.body).not.toContain('<script>alert(1)');
    // Preact escapes < and & in text, which is all HTML needs.
    expect(reread.body).toContain('&lt;script>alert(1)&lt;/script> Vores egen indledning &amp; mere.');

    // The administrator opened the draft at the old version and saves on top.
    await admin().get(url);
    const stale = await admin().post(url, { version, completeness: 'For sent' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Udkastet er ændret af en anden');
    expect(stale.body).toContain('For sent');
    expect(decode(stale.body)).toContain('<pre class="admin-letter-saved">&lt;script>alert(1)&lt;/script> Vores egen indledning & mere.</pre>');

    const preview = await analyst().get(`${url}/preview`);
    expect(preview.headers['content-type']).toMatch(/^text\/html/);
    expect(preview.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Vores egen indledning &amp; mere.');
    expect(preview.body).not.toContain('<script>');

    const docx = await analyst().get(`${url}/export?format=docx`);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toBe('attachment; filename="nye-tal-paa-inklusionsbarometret.docx"');
    expect(docxText(docx.rawPayload)).toContain(hostile);

    const html = await analyst().get(`${url}/export?format=html`);
    expect(html.headers['content-disposition']).toMatch(/\.html"$/);
    expect((await analyst().get(`${url}/export?format=odt`)).statusCode).toBe(404);
    if (existsSync('/usr/bin/chromium')) {
      const pdf = await analyst().get(`${url}/export?format=pdf`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  }, 60_000);

  it("lets a committee member read its own committee's challenge letter once it is shared, and no other", async () => {
    const member = visitors.get('committee_member')!;
    const committeeId = (
      await demo.database.db.selectFrom('users').select('committee_id').where('email', '=', PEOPLE.committee_member.email).executeTakeFirstOrThrow()
    ).committee_id!;
    const own = (await demo.database.db.selectFrom('committees').select('code').where('id', '=', committeeId).executeTakeFirstOrThrow()).code;
    const other = own === 'SOU' ? 'BUU' : 'SOU';
    const make = async (code: string) => {
      await analyst().get('/admin/letters');
      const created = await analyst().post('/admin/letters', { kind: 'challenge', release: 'latest', committee: code, lang: 'da' });
      expect(created.statusCode).toBe(303);
      return String(created.headers.location).replace(/\?.*$/, '');
    };
    const share = async (url: string, shared: '1' | '0') => {
      const page = await analyst().get(url);
      const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
      expect((await analyst().post(`${url}/share`, { version, shared })).statusCode).toBe(303);
    };
    const ownUrl = await make(own);
    const otherUrl = await make(other);
    expect((await member.get(`${ownUrl}/preview`)).statusCode).toBe(403);
    expect((await member.get('/admin/letters/mine')).body).toContain('Sekretariatet har ikke delt nogen breve med udvalget endnu.');

    await share(ownUrl, '1');
    await share(otherUrl, '1');
    const mine = await member.get('/admin/letters/mine');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(`href="${ownUrl}/preview"`);
    expect(mine.body).not.toContain(`href="${otherUrl}/preview"`);
    expect((await member.get(`${ownUrl}/preview`)).body).toContain('Udfordringsskrivelse til');
    expect((await member.get(`${ownUrl}/export?format=docx`)).statusCode).toBe(200);
    expect((await member.get(`${otherUrl}/preview`)).statusCode).toBe(403);
    expect((await member.get(ownUrl)).statusCode).toBe(403);

    await share(ownUrl, '0');
    expect((await member.get(`${ownUrl}/preview`)).statusCode).toBe(403);
    const audit = await demo.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'letter_draft')
      .where('entity_id', '=', ownUrl.split('/').at(-1)!)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'share', 'withdraw']);
  }, 60_000);

  it('refuses a template with an unknown placeholder beside the text, and uses a valid one in new drafts', async () => {
    const page = await admin().get('/admin/letters/templates?kind=orientation&lang=da');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('{{withFigure}}');
    const refused = await admin().post('/admin/letters/templates', {
      kind: 'orientation',
      lang: 'da',
      key: 'subject',
      version: '0',
      body: 'Nyt om {{barometr}}',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Pladsholderen {{barometr}} findes ikke her. Brug en af: {{barometer}}, {{policy}}, {{release}}.');
    expect(refused.body).toContain('>Nyt om {{barometr}}</textarea>');

    const saved = await admin().post('/admin/letters/templates', {
      kind: 'orientation',
      lang: 'da',
      key: 'subject',
      version: '0',
      body: 'Nyt om {{barometer}}',
    });
    expect(saved.statusCode).toBe(303);
    await analyst().get('/admin/letters');
    const created = await analyst().post('/admin/letters', { kind: 'orientation', release: 'latest', committee: '', lang: 'da' });
    const draft = await analyst().get(String(created.headers.location));
    expect(draft.body).toContain('<h1>Nyt om Inklusionsbarometret</h1>');

    // "Use the default wording" puts the default back.
    const custom = await admin().get('/admin/letters/templates?kind=orientation&lang=da');
    expect(custom.body).toContain('Brug standardteksten');
    const reset = await admin().post('/admin/letters/templates', {
      kind: 'orientation',
      lang: 'da',
      key: 'subject',
      version: '1',
      body: 'ignored',
      reset: '1',
    });
    expect(reset.statusCode).toBe(303);
    expect((await admin().get('/admin/letters/templates?kind=orientation&lang=da')).body).toContain('>Nye tal på {{barometer}}</textarea>');
  }, 60_000);

  it('uploads a logo that then heads every letter, and refuses a file that is not an image', async () => {
    const page = await admin().get('/admin/letters/sender');
    expect(page.body).toContain('Der er intet logo.');
    const token = admin().csrfToken();
    const upload = async (bytes: Buffer) => {
      const body = multipart({ _csrf: token, description: 'Kommunens logo' }, { field: 'logo', name: 'logo.png', type: 'image/png', bytes });
      return demo.app.inject({
        method: 'POST',
        url: '/admin/letters/sender/logo',
        headers: { cookie: [...admin().cookies].map(([n, v]) => `${n}=${v}`).join('; '), 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const bad = await upload(Buffer.from('not an image'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Logoet skal være et PNG- eller JPEG-billede på højst 500 kB.');
    expect((await upload(PNG_1X1)).statusCode).toBe(303);
    expect((await admin().get('/admin/letters/sender')).body).toContain('alt="Kommunens logo"');

    await analyst().get('/admin/letters');
    const created = await analyst().post('/admin/letters', { kind: 'report', release: 'latest', committee: '', lang: 'en' });
    const preview = await analyst().get(`${String(created.headers.location).replace(/\?.*$/, '')}/preview`);
    expect(preview.body).toContain(`<img src="data:image/png;base64,${PNG_1X1.toString('base64')}" alt="Kommunens logo">`);
    const audit = await demo.database.db.selectFrom('audit_log').select(['action']).where('entity', '=', 'letter_logo').execute();
    expect(audit.map((a) => a.action)).toEqual(['update']);
  }, 60_000);

  it('speaks English to a person who reads English', async () => {
    await demo.database.db.updateTable('users').set({ language: 'en' }).where('email', '=', PEOPLE.analyst.email).execute();
    const page = await analyst().get('/admin/letters');
    expect(page.body).toContain('<h1>Letters</h1>');
    expect(page.body).toContain('Make a new draft');
    expect(page.body).toContain('<option value="challenge">Challenge letter to a committee</option>');
    await demo.database.db.updateTable('users').set({ language: 'da' }).where('email', '=', PEOPLE.analyst.email).execute();
  });
});
