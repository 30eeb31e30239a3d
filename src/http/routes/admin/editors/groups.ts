// The group editor: the populations an indicator can be split by (e.g.
// bilingual and monolingual pupils), with a code and names.
import { z } from 'zod';
import { canEditModel } from '../../../../domain/permissions.js';
import { saveGroup } from '../../../../services/admin/model-editing.js';
import type { GroupInput } from '../../../../services/admin/model-editing.js';
import { getForEditing, listForEditing } from '../../../../services/admin/model-reading.js';
import { code, optionalText, requiredText } from '../form-schema.js';
import type { Editor } from './editor.js';
import { formText } from './editor.js';

const schema: z.ZodType<GroupInput> = z.object({
  code: code(),
  name_da: requiredText(200),
  name_en: optionalText(200),
});

export const groupEditor: Editor<GroupInput> = {
  slug: 'groups',
  section: 'groups',
  title: 'groups.title',
  newTitle: 'groups.new',
  allow: canEditModel,
  columns: ['field.name_da', 'field.code'],
  async listRows(db, lang) {
    const rows = await listForEditing(db, 'groups');
    return rows.map((r) => ({ id: r.id, cells: [lang === 'en' && r.name_en ? r.name_en : r.name_da, r.code] }));
  },
  async fields() {
    return [
      { kind: 'text', name: 'code', label: 'field.code', hint: 'field.code.hint', required: true },
      { kind: 'text', name: 'name_da', label: 'field.name_da', required: true },
      { kind: 'text', name: 'name_en', label: 'field.name_en' },
    ];
  },
  async load(db, id, lang) {
    const r = await getForEditing(db, 'groups', id);
    return { version: r.version, heading: lang === 'en' && r.name_en ? r.name_en : r.name_da, values: { code: r.code, name_da: r.name_da, name_en: formText(r.name_en) } };
  },
  blank: {},
  schema,
  async save(db, target, data, ctx) {
    const row = await saveGroup(db, target, data, ctx);
    return { id: row.id };
  },
};
