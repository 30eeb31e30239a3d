// Drafts and templates in the database, on both engines: a draft is made
// from the data and the stored wording, edited with its version, exported
// from what it holds; a template with an unknown placeholder is refused; and
// every change leaves an audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Invalid, NotFound } from '../../src/services/errors.js';
import {
  createLetterDraft,
  deleteLetterDraftById,
  getLetterDraft,
  renderLetterDraft,
  saveLetterDraftSections,
} from '../../src/services/letters/letter-drafts.js';
import { TemplateRefused, listSectionTemplates, saveSectionTemplate } from '../../src/services/letters/letter-templates.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { loadFullDemo } from './support.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = (minute: number) => ({ actor: commandLineActor('analyst@test'), now: new Date(`2013-01-21T09:${String(minute).padStart(2, '0')}:00Z`) });

describe.each(ENGINES)('letter drafts and templates on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
  }, 120_000);
  afterAll(() => database.drop());

  const auditRows = (entity: string) => database.db.selectFrom('audit_log').selectAll().where('entity', '=', entity).orderBy('id').execute();

  it('refuses a template with an unknown placeholder, saying which and what exists', async () => {
    const attempt = saveSectionTemplate(
      database.db,
      { kind: 'orientation', lang: 'da', key: 'completeness', body: 'Nye tal for {{witFigure}} af {{total}}.', version: 0 },
      ctx(0),
    );
    await expect(attempt).rejects.toBeInstanceOf(TemplateRefused);
    await expect(attempt).rejects.toThrow(
      'The placeholder {{witFigure}} does not exist here. Use one of: {{barometer}}, {{policy}}, {{release}}, {{withFigure}}, {{total}}, {{publishedOn}}.',
    );
    expect(await auditRows('letter_template')).toHaveLength(0);
  });

  it('stores changed wording, uses it for new drafts, and audits it', async () => {
    await saveSectionTemplate(database.db, { kind: 'orientation', lang: 'da', key: 'subject', body: 'Nyt fra {{barometer}}: {{release}}', version: 0 }, ctx(1));
    const templates = await listSectionTemplates(database.db, 'orientation', 'da');
    const subject = templates.find((t) => t.key === 'subject')!;
    expect(subject).toMatchObject({ isCustom: true, version: 1, body: 'Nyt fra {{barometer}}: {{release}}' });
    await expect(
      saveSectionTemplate(database.db, { kind: 'orientation', lang: 'da', key: 'subject', body: 'Andet', version: 0 }, ctx(2)),
    ).rejects.toBeInstanceOf(Conflict);
    const audit = await auditRows('letter_template');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'analyst@test', action: 'update', entity_id: 'orientation/da/subject' });

    const draft = await createLetterDraft(database.db, { kind: 'orientation', release: 'latest', lang: 'da' }, ctx(3));
    expect(draft.title).toBe('Nyt fra Inklusionsbarometret: Nye tal januar 2013');
    expect(draft.sections.completeness).toContain('nye tal for 14 af de 15 indikatorer');

    // Back to the default: the stored row goes.
    await saveSectionTemplate(database.db, { kind: 'orientation', lang: 'da', key: 'subject', body: subject.defaultBody, version: 1 }, ctx(4));
    expect((await listSectionTemplates(database.db, 'orientation', 'da')).find((t) => t.key === 'subject')).toMatchObject({ isCustom: false, version: 0 });
  });

  it('edits a draft at its version, refuses a stale edit, exports what it holds, and audits each change', async () => {
    const draft = await createLetterDraft(database.db, { kind: 'challenge', release: 'latest', lang: 'da', committeeCode: 'SOU' }, ctx(10));
    expect(draft.committeeId).not.toBeNull();
    const saved = await saveLetterDraftSections(
      database.db,
      draft.id,
      draft.version,
      { intro: 'Vores egen indledning.\n\nAndet afsnit.', nonsense: 'dropped' },
      ctx(11),
    );
    expect(saved.version).toBe(draft.version + 1);
    expect(saved.sections.intro).toBe('Vores egen indledning.\n\nAndet afsnit.');
    expect(saved.sections).not.toHaveProperty('nonsense');
    await expect(saveLetterDraftSections(database.db, draft.id, draft.version, { intro: 'For sent' }, ctx(12))).rejects.toBeInstanceOf(Conflict);

    const letter = renderLetterDraft(await getLetterDraft(database.db, draft.id));
    const paragraphs = letter.body.filter((b) => b.kind === 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));
    expect(paragraphs.slice(0, 2)).toEqual(['Vores egen indledning.', 'Andet afsnit.']);
    expect(letter.annexes[0]?.title).toBe('Katalog over høringsinput');

    await deleteLetterDraftById(database.db, draft.id, ctx(13));
    await expect(getLetterDraft(database.db, draft.id)).rejects.toBeInstanceOf(NotFound);
    const actions = (await auditRows('letter_draft')).filter((row) => row.entity_id === String(draft.id)).map((row) => row.action);
    expect(actions).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a challenge letter without a committee, and an unknown committee', async () => {
    await expect(createLetterDraft(database.db, { kind: 'challenge', release: 'latest', lang: 'da' }, ctx(20))).rejects.toBeInstanceOf(Invalid);
    await expect(createLetterDraft(database.db, { kind: 'challenge', release: 'latest', lang: 'da', committeeCode: 'NOPE' }, ctx(20))).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('refuses a release that does not exist', async () => {
    await expect(createLetterDraft(database.db, { kind: 'orientation', release: 999_999, lang: 'en' }, ctx(21))).rejects.toThrow('There is no release 999999.');
  });
});
