// Every upload form goes through one reader (src/http/uploads): the CSRF
// token must be the form's first part and is checked before anything else is
// read; an ordinary field is refused at 32 KB, a file at its form's limit;
// and a refusal comes back at once as the admin's page, with the rest of the
// body left unread. The body is streamed to the app as a client sends it, so
// the tests can tell how much of it the server pulled.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRelease } from '../../src/services/releases/create.js';
import { commitUpload, previewUpload } from '../../src/services/imports/import-upload.js';
import type * as ImportUpload from '../../src/services/imports/import-upload.js';
import { MAX_LOGO_BYTES } from '../../src/services/letters/letter-logo.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { textOf } from '../releases/support.js';
import { streamedMultipart } from './streamed-multipart.js';
import type { StreamedPart } from './streamed-multipart.js';

// The real import service, watched: a refused request must never reach it.
vi.mock('../../src/services/imports/import-upload.js', async (importOriginal) => {
  const real = await importOriginal<typeof ImportUpload>();
  return { ...real, previewUpload: vi.fn(real.previewUpload), commitUpload: vi.fn(real.commitUpload) };
});

const MB = 1024 * 1024;
const CSV = 'indicator;period;group;area;value;flags;note\r\ntryghed;2013;total;kbh;76,4;;\r\n';

describe.each(ENGINES)('the one upload path, on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let admin: Visitor;
  let draftId: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    await addPerson(demo.database.db, PEOPLE.administrator);
    const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    draftId = (await createRelease(demo.database.db, { policyId: policy.id, titleDa: 'Grænser' }, { actor: commandLineActor('test'), now: new Date() })).id;
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
  });
  afterAll(() => demo.close());
  beforeEach(() => {
    vi.mocked(previewUpload).mockClear();
    vi.mocked(commitUpload).mockClear();
  });

  async function send(visitor: Visitor, url: string, parts: readonly StreamedPart[], headers: Record<string, string> = {}) {
    const body = streamedMultipart(parts);
    const cookie = [...visitor.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const started = performance.now();
    const response = await demo.app.inject({ method: 'POST', url, headers: { ...headers, cookie, 'content-type': body.contentType }, payload: body.stream });
    return { response, ms: performance.now() - started, read: body.bytesRead(), total: body.totalBytes };
  }

  it('refuses a 14 MB ordinary field with 413 at once, reading little of it and keeping none', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const heapBefore = process.memoryUsage().heapUsed;
    const sent = await send(analyst, `/admin/releases/${draftId}/import`, [
      { name: '_csrf', content: analyst.csrfToken() },
      { name: 'note', content: { filler: 14 * MB } },
      { name: 'file', filename: 'tal.csv', content: CSV },
    ]);
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    if (process.env.UPLOAD_FIGURES)
      console.info(
        `14 MB field: ${sent.ms.toFixed(0)} ms, ${(sent.read / 1024).toFixed(0)} KB of ${(sent.total / MB).toFixed(1)} MB read, heap +${(heapGrowth / MB).toFixed(1)} MB`,
      );
    expect(sent.response.statusCode).toBe(413);
    expect(sent.response.headers.connection).toBe('close');
    expect(sent.response.headers['content-type']).toMatch(/^text\/html/);
    expect(textOf(sent.response.body)).toContain('Formularen var for stor');
    expect(sent.read).toBeLessThan(1 * MB);
    expect(sent.total).toBeGreaterThan(14 * MB);
    expect(heapGrowth).toBeLessThan(8 * MB);
    expect(sent.ms).toBeLessThan(2_000);
    expect(previewUpload).not.toHaveBeenCalled();
  });

  it('refuses a form whose first part is not a valid CSRF token with 403, before reading on', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const token = analyst.csrfToken();
    const file: StreamedPart = { name: 'file', filename: 'tal.csv', content: { filler: 8 * MB } };
    for (const parts of [
      [file, { name: '_csrf', content: token }],
      [{ name: 'note', content: 'først' }, { name: '_csrf', content: token }, file],
      [{ name: '_csrf', content: 'not-the-token' }, file],
      [{ name: '_csrf', filename: 'token.txt', content: token }, file],
    ] satisfies StreamedPart[][]) {
      const sent = await send(analyst, `/admin/releases/${draftId}/import`, parts);
      expect(sent.response.statusCode).toBe(403);
      expect(textOf(sent.response.body)).toContain('Formularen kunne ikke modtages');
      expect(sent.read).toBeLessThan(1 * MB);
    }
    const commit = await send(analyst, `/admin/releases/${draftId}/import/commit`, [
      { name: 'carried_file_name', content: 'tal.csv' },
      { name: 'carried_file', content: Buffer.from(CSV).toString('base64') },
    ]);
    expect(commit.response.statusCode).toBe(403);
    expect(previewUpload).not.toHaveBeenCalled();
    expect(commitUpload).not.toHaveBeenCalled();
  });

  it('refuses with 403, not a server error, an upload whose token comes only in a header', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const sent = await send(analyst, `/admin/releases/${draftId}/import`, [{ name: 'file', filename: 'tal.csv', content: CSV }], {
      'x-csrf-token': analyst.csrfToken(),
    });
    expect(sent.response.statusCode).toBe(403);
    expect(textOf(sent.response.body)).toContain('Formularen kunne ikke modtages');
    expect(previewUpload).not.toHaveBeenCalled();
  });

  it('says beside the field, with 413, that a file is over its form limit, and stores nothing', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const figure = await send(analyst, `/admin/releases/${draftId}/import`, [
      { name: '_csrf', content: analyst.csrfToken() },
      { name: 'file', filename: 'stor.csv', content: { filler: 11 * MB } },
      { name: 'note', content: 'for stor' },
    ]);
    expect(figure.response.statusCode).toBe(413);
    expect(textOf(figure.response.body)).toContain('Filen er større end 10 MB.');
    expect(figure.response.body).toContain('value="for stor"');
    expect(previewUpload).not.toHaveBeenCalled();

    await admin.get('/admin/projects/import');
    const projects = await send(admin, '/admin/projects/import', [
      { name: '_csrf', content: admin.csrfToken() },
      { name: 'file', filename: 'projekter.csv', content: { filler: 11 * MB } },
      { name: 'mode', content: 'commit' },
    ]);
    expect(projects.response.statusCode).toBe(413);
    expect(textOf(projects.response.body)).toContain('Filen er større end 10 MB.');

    await admin.get('/admin/letters/sender');
    const logo = await send(admin, '/admin/letters/sender/logo', [
      { name: '_csrf', content: admin.csrfToken() },
      { name: 'logo', filename: 'logo.png', content: { filler: MAX_LOGO_BYTES + 1 } },
      { name: 'description', content: 'For stort logo' },
    ]);
    expect(logo.response.statusCode).toBe(413);
    expect(logo.response.body).toContain('Logoet skal være et PNG- eller JPEG-billede på højst 500 kB.');
    expect(await demo.database.db.selectFrom('audit_log').select('id').where('entity', '=', 'letter_logo').execute()).toEqual([]);
  });

  it('bounds the file carried from the preview to the commit by its own limit', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const sent = await send(analyst, `/admin/releases/${draftId}/import/commit`, [
      { name: '_csrf', content: analyst.csrfToken() },
      { name: 'carried_file_name', content: 'stor.csv' },
      { name: 'carried_file', content: { filler: 15 * MB } },
    ]);
    expect(sent.response.statusCode).toBe(413);
    expect(sent.read).toBeLessThan(15 * MB);
    expect(commitUpload).not.toHaveBeenCalled();
  });

  it('takes no multipart post at an admin form that has no file', async () => {
    await analyst.get('/admin/releases/new');
    const sent = await send(analyst, '/admin/releases', [
      { name: '_csrf', content: analyst.csrfToken() },
      { name: 'titleDa', content: 'Uden fil' },
    ]);
    expect(sent.response.statusCode).toBe(415);
  });
});
