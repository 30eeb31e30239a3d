// The wording an administrator has changed: stored per letter kind, language
// and section, over the defaults in src/domain/letters/. A template with a
// placeholder the section does not have, or a brace left open, is refused
// before anything is stored. Every change leaves an audit row.
import type { Kysely } from 'kysely';
import { checkSectionTemplate, defaultTemplate, findSection, listSections, templatesWith } from '../../domain/letters/letter-sections.js';
import type { SectionInfo, TemplateSource } from '../../domain/letters/letter-sections.js';
import type { TemplateProblem } from '../../domain/letters/template.js';
import type { LetterKind, LetterLang } from '../../domain/letters/view-models.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { deleteLetterTemplate, findLetterTemplate, insertLetterTemplate, listLetterTemplates, updateLetterTemplate } from '../../db/repositories/letters.js';
import type { Database } from '../../db/tables.js';
import { canEditLetterTemplates } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden, Invalid } from '../errors.js';

/** A template was refused; `problems` say why, in Danish and English. */
export class TemplateRefused extends Invalid {
  constructor(readonly problems: readonly TemplateProblem[]) {
    super('error.letter.templateRefused', { problems: { da: problems.map((p) => p.message.da).join(' '), en: problems.map((p) => p.message.en).join(' ') } });
  }
}

export interface SectionTemplate extends SectionInfo {
  readonly body: string;
  readonly defaultBody: string;
  readonly isCustom: boolean;
  /** The stored row's version (0 while the default is used), for the edit form. */
  readonly version: number;
}

export async function listSectionTemplates(db: Kysely<Database>, kind: LetterKind, lang: LetterLang): Promise<SectionTemplate[]> {
  const stored = new Map((await listLetterTemplates(db, kind, lang)).map((row) => [row.section_key, row]));
  return listSections(kind).map((section) => {
    const row = stored.get(section.key);
    const defaultBody = defaultTemplate(kind, lang, section.key);
    return { ...section, body: row?.body ?? defaultBody, defaultBody, isCustom: row !== undefined, version: row?.version ?? 0 };
  });
}

export async function loadTemplateSource(db: Kysely<Database>, kind: LetterKind, lang: LetterLang): Promise<TemplateSource> {
  const rows = await listLetterTemplates(db, kind, lang);
  // A stored template that no longer fits its section (a placeholder dropped in a later version) falls back to the default.
  const usable = rows.filter((row) => findSection(kind, row.section_key) && checkSectionTemplate(kind, row.section_key, row.body).length === 0);
  return templatesWith(kind, lang, Object.fromEntries(usable.map((row) => [row.section_key, row.body])));
}

/**
 * Stores the wording of one section. `version` is what the editor saw (0 for
 * the default); text equal to the default removes the stored row.
 */
export async function saveSectionTemplate(
  db: Kysely<Database>,
  input: { kind: LetterKind; lang: LetterLang; key: string; body: string; version: number },
  ctx: ChangeContext,
): Promise<void> {
  if (!canEditLetterTemplates(ctx.actor)) throw new Forbidden('error.letter.templatesAdminOnly');
  const body = input.body.replace(/\r\n/g, '\n').trim();
  if (body === '')
    throw new TemplateRefused([{ code: 'malformed_placeholder', found: '', message: { da: 'Teksten må ikke være tom.', en: 'The text must not be empty.' } }]);
  const problems = checkSectionTemplate(input.kind, input.key, body);
  if (problems.length > 0) throw new TemplateRefused(problems);
  const isDefault = body === defaultTemplate(input.kind, input.lang, input.key);
  await inTransaction(db, async (trx) => {
    const at = ctx.now.toISOString();
    const row = await findLetterTemplate(trx, input.kind, input.lang, input.key);
    if ((row?.version ?? 0) !== input.version) throw new Conflict('error.letter.templateChanged');
    const entityId = `${input.kind}/${input.lang}/${input.key}`;
    if (row && isDefault) {
      await deleteLetterTemplate(trx, row.id);
    } else if (row) {
      const updated = await updateLetterTemplate(trx, row.id, row.version, { body, updated_at: at, updated_by: ctx.actor.label });
      if (!updated) throw new Conflict('error.letter.templateChanged');
    } else if (!isDefault) {
      await insertLetterTemplate(trx, { letter_kind: input.kind, lang: input.lang, section_key: input.key, body, updated_at: at, updated_by: ctx.actor.label });
    } else {
      return;
    }
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'letter_template',
      entityId,
      before: row?.body ?? null,
      after: isDefault ? null : body,
    });
  });
}
