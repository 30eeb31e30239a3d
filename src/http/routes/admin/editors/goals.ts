// The goal editor: its focus area, number, code, texts and the committees
// responsible for it.
import { z } from 'zod';
import { canEditPolicy } from '../../../../domain/permissions.js';
import { saveGoal } from '../../../../services/admin/goal-editing.js';
import type { GoalInput } from '../../../../services/admin/goal-editing.js';
import { getGoalForEditing, listForEditing, loadModelChoices } from '../../../../services/admin/model-reading.js';
import { code, integer, optionalText, reference, references, requiredText } from '../form-schema.js';
import { catalogueIn, formId, formText, nameOptions } from './editor.js';
import type { Editor } from './editor.js';

const schema: z.ZodType<GoalInput> = z.object({
  focus_area_id: reference({ required: true }),
  number: integer({ required: true, min: 1, max: 999 }),
  code: code(),
  title_da: requiredText(300),
  title_en: optionalText(300),
  description_da: optionalText(4000),
  description_en: optionalText(4000),
  lead_committees: references(),
  shared_committees: references(),
});

export const goalEditor: Editor<GoalInput> = {
  slug: 'goals',
  section: 'goals',
  title: 'goals.title',
  newTitle: 'goals.new',
  allow: canEditPolicy,
  columns: ['field.title_da', 'field.code', 'field.number'],
  async listRows(db, lang) {
    const rows = await listForEditing(db, 'goals');
    return rows.map((r) => ({ id: r.id, cells: [lang === 'en' && r.title_en ? r.title_en : r.title_da, r.code, String(r.number)] }));
  },
  async fields(db, lang) {
    const t = catalogueIn(lang);
    const choices = await loadModelChoices(db);
    const committees = nameOptions(choices.committees, lang);
    return [
      { kind: 'select', name: 'focus_area_id', label: t('field.focus_area_id'), required: true, options: nameOptions(choices.focusAreas, lang) },
      { kind: 'number', name: 'number', label: t('field.number'), required: true },
      { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
      { kind: 'text', name: 'title_da', label: t('field.title_da'), required: true },
      { kind: 'text', name: 'title_en', label: t('field.title_en') },
      { kind: 'textarea', name: 'description_da', label: t('field.description_da') },
      { kind: 'textarea', name: 'description_en', label: t('field.description_en') },
      { kind: 'checkboxes', name: 'lead_committees', label: t('field.lead_committees'), options: committees },
      { kind: 'checkboxes', name: 'shared_committees', label: t('field.shared_committees'), options: committees },
    ];
  },
  async load(db, id, lang) {
    const r = await getGoalForEditing(db, id);
    return {
      version: r.version,
      heading: lang === 'en' && r.title_en ? r.title_en : r.title_da,
      values: {
        focus_area_id: formId(r.focus_area_id),
        number: String(r.number),
        code: r.code,
        title_da: r.title_da,
        title_en: formText(r.title_en),
        description_da: formText(r.description_da),
        description_en: formText(r.description_en),
        lead_committees: r.lead_committees.map(String),
        shared_committees: r.shared_committees.map(String),
      },
    };
  },
  blank: {},
  schema,
  async save(db, target, data, ctx) {
    const row = await saveGoal(db, target, data, ctx);
    return { id: row.id };
  },
};
