// The focus-area editor: the policy it belongs to, its number, code and texts.
import { z } from 'zod';
import { canEditPolicy } from '../../../../domain/permissions.js';
import { saveFocusArea } from '../../../../services/admin/model-editing.js';
import type { FocusAreaInput } from '../../../../services/admin/model-editing.js';
import { getForEditing, listForEditing, loadModelChoices } from '../../../../services/admin/model-reading.js';
import { code, integer, optionalText, reference, requiredText } from '../form-schema.js';
import { catalogueIn, formId, formText, nameOptions } from './editor.js';
import type { Editor } from './editor.js';

const schema: z.ZodType<FocusAreaInput> = z.object({
  policy_id: reference({ required: true }),
  number: integer({ required: true, min: 1, max: 999 }),
  code: code(),
  title_da: requiredText(300),
  title_en: optionalText(300),
  description_da: optionalText(4000),
  description_en: optionalText(4000),
});

export const focusAreaEditor: Editor<FocusAreaInput> = {
  slug: 'focus-areas',
  section: 'focusAreas',
  title: 'focusAreas.title',
  newTitle: 'focusAreas.new',
  allow: canEditPolicy,
  columns: ['field.title_da', 'field.code', 'field.number'],
  async listRows(db, lang) {
    const rows = await listForEditing(db, 'focus_areas');
    return rows.map((r) => ({ id: r.id, cells: [lang === 'en' && r.title_en ? r.title_en : r.title_da, r.code, String(r.number)] }));
  },
  async fields(db, lang) {
    const t = catalogueIn(lang);
    const choices = await loadModelChoices(db);
    return [
      { kind: 'select', name: 'policy_id', label: t('field.policy_id'), required: true, options: nameOptions(choices.policies, lang) },
      { kind: 'number', name: 'number', label: t('field.number'), required: true },
      { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
      { kind: 'text', name: 'title_da', label: t('field.title_da'), required: true },
      { kind: 'text', name: 'title_en', label: t('field.title_en') },
      { kind: 'textarea', name: 'description_da', label: t('field.description_da') },
      { kind: 'textarea', name: 'description_en', label: t('field.description_en') },
    ];
  },
  async load(db, id, lang) {
    const r = await getForEditing(db, 'focus_areas', id);
    return {
      version: r.version,
      heading: lang === 'en' && r.title_en ? r.title_en : r.title_da,
      values: {
        policy_id: formId(r.policy_id),
        number: String(r.number),
        code: r.code,
        title_da: r.title_da,
        title_en: formText(r.title_en),
        description_da: formText(r.description_da),
        description_en: formText(r.description_en),
      },
    };
  },
  blank: {},
  schema,
  async save(db, target, data, ctx) {
    const row = await saveFocusArea(db, target, data, ctx);
    return { id: row.id };
  },
};
