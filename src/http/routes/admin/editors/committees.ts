// The committee editor: code, names, its administration and its place in lists.
import { z } from 'zod';
import { canEditOrganisation } from '../../../../domain/permissions.js';
import { saveCommittee } from '../../../../services/admin/model-editing.js';
import type { CommitteeInput } from '../../../../services/admin/model-editing.js';
import { getForEditing, listForEditing, loadModelChoices } from '../../../../services/admin/model-reading.js';
import { code, integer, optionalText, reference, requiredText } from '../form-schema.js';
import { catalogueIn, formId, formText, nameOptions } from './editor.js';
import type { Editor } from './editor.js';

const schema: z.ZodType<CommitteeInput> = z.object({
  code: code(),
  name_da: requiredText(200),
  name_en: optionalText(200),
  administration_id: reference({ required: false }),
  sort_order: integer({ required: true, min: 0, max: 10_000 }),
});

export const committeeEditor: Editor<CommitteeInput> = {
  slug: 'committees',
  section: 'committees',
  title: 'committees.title',
  newTitle: 'committees.new',
  allow: canEditOrganisation,
  columns: ['field.name_da', 'field.code', 'field.sort_order'],
  async listRows(db, lang) {
    const rows = await listForEditing(db, 'committees');
    return rows.map((r) => ({ id: r.id, cells: [lang === 'en' && r.name_en ? r.name_en : r.name_da, r.code, String(r.sort_order)] }));
  },
  async fields(db, lang) {
    const t = catalogueIn(lang);
    const choices = await loadModelChoices(db);
    return [
      { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
      { kind: 'text', name: 'name_da', label: t('field.name_da'), required: true },
      { kind: 'text', name: 'name_en', label: t('field.name_en') },
      {
        kind: 'select',
        name: 'administration_id',
        label: t('field.administration_id'),
        options: nameOptions(choices.administrations, lang),
        emptyLabel: t('form.none'),
      },
      { kind: 'number', name: 'sort_order', label: t('field.sort_order'), required: true },
    ];
  },
  async load(db, id, lang) {
    const r = await getForEditing(db, 'committees', id);
    return {
      version: r.version,
      heading: lang === 'en' && r.name_en ? r.name_en : r.name_da,
      values: {
        code: r.code,
        name_da: r.name_da,
        name_en: formText(r.name_en),
        administration_id: formId(r.administration_id),
        sort_order: String(r.sort_order),
      },
    };
  },
  blank: { sort_order: '0' },
  schema,
  async save(db, target, data, ctx) {
    const row = await saveCommittee(db, target, data, ctx);
    return { id: row.id };
  },
};
