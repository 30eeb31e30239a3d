// The releases' screens in English for a person who chose English; a
// JSON-stat file with its mapping file uploaded together through the form,
// previewed and committed into a draft; a stale preview refused; and files
// of several megabytes carried to the commit, or over the limit refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelease } from '../../src/services/releases/create.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { readForm } from '../admin/support/read-form.js';
import { Visitor } from '../admin/support/visitor.js';
import { postMultipart, textOf } from './support.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const JSONSTAT = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  label: 'Tryghed',
  id: ['Tid'],
  size: [1],
  role: { time: ['Tid'] },
  dimension: { Tid: { label: 'tid', category: { index: { '2013': 0 }, label: { '2013': '2013' } } } },
  value: [77.25],
});
const MAPPING = 'indicator: tryghed\nperiod: Tid\n';

describe.each(ENGINES)('English, and a JSON-stat upload, on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let draftId: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    const id = await addPerson(demo.database.db, PEOPLE.analyst);
    await demo.database.db.updateTable('users').set({ language: 'en' }).where('id', '=', id).execute();
    const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    draftId = (
      await createRelease(
        demo.database.db,
        { policyId: policy.id, titleDa: 'Nye tal januar 2014', titleEn: 'New figures, January 2014' },
        { actor: commandLineActor('test'), now: new Date() },
      )
    ).id;
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  it('speaks English to a person who chose it', async () => {
    const page = textOf((await analyst.get(`/admin/releases/${draftId}`)).body);
    expect(page).toContain('New figures, January 2014');
    expect(page).toContain('New figures for 0 of 15 indicators');
    expect(page).toContain('Import a file');
    expect(page).not.toContain('Indlæs en fil');
  });

  it('takes a JSON-stat file and its mapping in one form, previews and commits it', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const files = [
      { field: 'file', name: 'tryghed.json', bytes: JSONSTAT, type: 'application/json' },
      { field: 'mapping', name: 'tryghed.yaml', bytes: MAPPING, type: 'application/yaml' },
    ];
    const withoutMapping = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, {}, files.slice(0, 1));
    expect(withoutMapping.statusCode).toBe(400);
    expect(textOf(withoutMapping.body)).toContain('invalid_mapping');

    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, { format: 'jsonstat' }, files);
    expect(preview.statusCode).toBe(200);
    expect(textOf(preview.body)).toContain('1 new, 0 changed and 0 unchanged figures.');
    const confirm = readForm(preview.body, `/admin/releases/${draftId}/import/commit`);
    expect(confirm.carried_mapping_name).toBe('tryghed.yaml');
    const committed = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import/commit`, confirm as Record<string, string>, []);
    expect(committed.statusCode).toBe(303);
    const staged = await demo.database.db.selectFrom('release_figures').select(['value', 'period']).where('release_id', '=', draftId).execute();
    expect(staged).toEqual([{ value: 77.25, period: '2013' }]);
  });

  it('refuses a commit whose preview no longer holds, changing nothing', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const files = [
      { field: 'file', name: 'tryghed.json', bytes: JSONSTAT.replace('77.25', '78.5'), type: 'application/json' },
      { field: 'mapping', name: 'tryghed.yaml', bytes: MAPPING, type: 'application/yaml' },
    ];
    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, {}, files);
    const confirm = readForm(preview.body, `/admin/releases/${draftId}/import/commit`);
    // As if another person's import had meanwhile changed what the preview counted.
    const stale = { ...confirm, previewed: JSON.stringify({ figures: 1, new: 0, changed: 1, unchanged: 0, skipped: 0 }) } as Record<string, string>;
    const refused = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import/commit`, stale, []);
    expect(refused.statusCode).toBe(409);
    expect(textOf(refused.body)).toContain('The stored figures changed since the preview was shown.');
    const staged = await demo.database.db.selectFrom('release_figures').select('value').where('release_id', '=', draftId).execute();
    expect(staged).toEqual([{ value: 77.25 }]);
  });
});

describe('uploads of every size', () => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let draftId: number;
  beforeAll(async () => {
    demo = await startAccountsApp('sqlite');
    await addPerson(demo.database.db, PEOPLE.analyst);
    const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    draftId = (await createRelease(demo.database.db, { policyId: policy.id, titleDa: 'Stor fil' }, { actor: commandLineActor('test'), now: new Date() })).id;
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  it('carries a file of several megabytes from the preview to the commit', async () => {
    // 3 MB: a real figure, then rows without a value (left out, as in a pre-filled template).
    const filler = 'tryghed;2014;total;kbh;;;' + ' '.repeat(40);
    const file = ['indicator;period;group;area;value;flags;note', 'tryghed;2013;total;kbh;76,4;;', ...Array(46_000).fill(filler)].join('\r\n');
    expect(file.length).toBeGreaterThan(3_000_000);
    await analyst.get(`/admin/releases/${draftId}/import`);
    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, {}, [{ field: 'file', name: 'stor.csv', bytes: file }]);
    expect(preview.statusCode).toBe(200);
    const committed = await postMultipart(
      demo.app,
      analyst,
      `/admin/releases/${draftId}/import/commit`,
      readForm(preview.body, `/admin/releases/${draftId}/import/commit`) as Record<string, string>,
      [],
    );
    expect(committed.statusCode).toBe(303);
  });

  it('reads an XLSX workbook in the template layout', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tal');
    sheet.addRow(['indikator', 'periode', 'gruppe', 'område', 'værdi', 'flags', 'note']);
    sheet.addRow(['hoerer-til', '2013', 'etnisk-minoritet', 'kbh', 79.4, 'provisional', 'Foreløbigt']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await analyst.get(`/admin/releases/${draftId}/import`);
    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, {}, [
      { field: 'file', name: 'tal.xlsx', bytes, type: 'application/octet-stream' },
    ]);
    expect(preview.statusCode).toBe(200);
    expect(textOf(preview.body)).toContain('1 nyt, 0 ændrede og 0 uændrede tal.');
    expect(textOf(preview.body)).toContain('79,4');
  });

  it('says beside the field when a file is over the limit, and keeps nothing', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const big = Buffer.alloc(11 * 1024 * 1024, 'a');
    const refused = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, { note: 'for stor' }, [
      { field: 'file', name: 'for-stor.csv', bytes: big },
    ]);
    expect(refused.statusCode).toBe(413);
    expect(textOf(refused.body)).toContain('Filen er større end 10 MB.');
    expect(readForm(refused.body, `/admin/releases/${draftId}/import`).note).toBe('for stor');
  });
});
