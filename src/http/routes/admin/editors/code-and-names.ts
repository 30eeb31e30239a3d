// An editor for the model rows that are nothing but a code and a name in
// Danish and English (administrations, groups): one definition, several
// tables.
import { z } from 'zod';
import type { Actor } from '../../../../domain/permissions.js';
import type { EditTarget } from '../../../../services/admin/model-editing.js';
import { getForEditing, listForEditing } from '../../../../services/admin/model-reading.js';
import type { ChangeContext } from '../../../../services/change-context.js';
import type { Db } from '../../../../services/database.js';
import type { AdminSection } from '../../../../views/admin/admin-layout.js';
import { code, optionalText, requiredText } from '../form-schema.js';
import { catalogueIn, formText } from './editor.js';
import type { Editor } from './editor.js';
import type { MessageKey } from '../../../../i18n/index.js';

export interface CodeAndNames {
  code: string;
  name_da: string;
  name_en: string | null;
}

interface CodeAndNamesEditorSpec {
  readonly table: 'administrations' | 'groups';
  readonly slug: string;
  readonly section: AdminSection;
  readonly title: MessageKey;
  readonly newTitle: MessageKey;
  readonly allow: (actor: Actor) => boolean;
  save(db: Db, target: EditTarget, data: CodeAndNames, ctx: ChangeContext): Promise<{ id: number }>;
}

const schema: z.ZodType<CodeAndNames> = z.object({
  code: code(),
  name_da: requiredText(200),
  name_en: optionalText(200),
});

export function codeAndNamesEditor(spec: CodeAndNamesEditorSpec): Editor<CodeAndNames> {
  const nameOf = (row: CodeAndNames, lang: 'da' | 'en') => (lang === 'en' && row.name_en ? row.name_en : row.name_da);
  return {
    slug: spec.slug,
    section: spec.section,
    title: spec.title,
    newTitle: spec.newTitle,
    allow: spec.allow,
    columns: ['field.name_da', 'field.code'],
    async listRows(db, lang) {
      const rows = await listForEditing(db, spec.table);
      return rows.map((r) => ({ id: r.id, cells: [nameOf(r, lang), r.code] }));
    },
    async fields(_db, lang) {
      const t = catalogueIn(lang);
      return [
        { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
        { kind: 'text', name: 'name_da', label: t('field.name_da'), required: true },
        { kind: 'text', name: 'name_en', label: t('field.name_en') },
      ];
    },
    async load(db, id, lang) {
      const r = await getForEditing(db, spec.table, id);
      return { version: r.version, heading: nameOf(r, lang), values: { code: r.code, name_da: r.name_da, name_en: formText(r.name_en) } };
    },
    blank: {},
    schema,
    save: spec.save,
  };
}
