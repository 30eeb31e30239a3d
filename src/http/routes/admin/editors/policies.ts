// The policy editor: titles, period, adoption, state and the default status method.
import { z } from 'zod';
import type { PolicyState, StatusMethod } from '../../../../domain/model-vocabulary.js';
import { canEditPolicy } from '../../../../domain/permissions.js';
import { savePolicy } from '../../../../services/admin/model-editing.js';
import type { PolicyInput } from '../../../../services/admin/model-editing.js';
import { getForEditing, listForEditing } from '../../../../services/admin/model-reading.js';
import { choice, code, integer, isoDate, optionalText, requiredText } from '../form-schema.js';
import { enumOptions, formText } from './editor.js';
import type { Editor } from './editor.js';
import { t, translator } from '../../../../i18n/index.js';

const STATES = ['draft', 'active', 'archived'] as const satisfies readonly PolicyState[];
const METHODS = ['direction', 'trajectory', 'opensdg'] as const satisfies readonly StatusMethod[];

const schema: z.ZodType<PolicyInput> = z.object({
  code: code(),
  title_da: requiredText(300),
  title_en: optionalText(300),
  subtitle_da: optionalText(300),
  subtitle_en: optionalText(300),
  description_da: optionalText(4000),
  description_en: optionalText(4000),
  first_year: integer({ required: true, min: 1900, max: 2200 }),
  last_year: integer({ required: true, min: 1900, max: 2200 }),
  adopted_on: isoDate({ required: false }),
  state: choice(STATES, { required: true }),
  default_method: choice(METHODS, { required: true }),
});

export const policyEditor: Editor<PolicyInput> = {
  slug: 'policies',
  section: 'policies',
  title: 'policies.title',
  newTitle: 'policies.new',
  allow: canEditPolicy,
  columns: ['field.title_da', 'field.code', 'field.first_year', 'field.last_year', 'field.state'],
  async listRows(db, lang) {
    const rows = await listForEditing(db, 'policies');
    return rows.map((r) => ({
      id: r.id,
      cells: [lang === 'en' && r.title_en ? r.title_en : r.title_da, r.code, String(r.first_year), String(r.last_year), t(lang, `option.state.${r.state}`)],
    }));
  },
  async fields(_db, lang) {
    const t = translator(lang);
    return [
      { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
      { kind: 'text', name: 'title_da', label: t('field.title_da'), required: true },
      { kind: 'text', name: 'title_en', label: t('field.title_en') },
      { kind: 'text', name: 'subtitle_da', label: t('field.subtitle_da') },
      { kind: 'text', name: 'subtitle_en', label: t('field.subtitle_en') },
      { kind: 'textarea', name: 'description_da', label: t('field.description_da') },
      { kind: 'textarea', name: 'description_en', label: t('field.description_en') },
      { kind: 'number', name: 'first_year', label: t('field.first_year'), required: true },
      { kind: 'number', name: 'last_year', label: t('field.last_year'), required: true },
      { kind: 'date', name: 'adopted_on', label: t('field.adopted_on') },
      { kind: 'select', name: 'state', label: t('field.state'), required: true, options: enumOptions(STATES, (v) => `option.state.${v}`, t) },
      {
        kind: 'select',
        name: 'default_method',
        label: t('field.default_method'),
        required: true,
        options: enumOptions(METHODS, (v) => `option.method.${v}`, t),
      },
    ];
  },
  async load(db, id, lang) {
    const r = await getForEditing(db, 'policies', id);
    return {
      version: r.version,
      heading: lang === 'en' && r.title_en ? r.title_en : r.title_da,
      values: {
        code: r.code,
        title_da: r.title_da,
        title_en: formText(r.title_en),
        subtitle_da: formText(r.subtitle_da),
        subtitle_en: formText(r.subtitle_en),
        description_da: formText(r.description_da),
        description_en: formText(r.description_en),
        first_year: String(r.first_year),
        last_year: String(r.last_year),
        adopted_on: formText(r.adopted_on),
        state: r.state,
        default_method: r.default_method,
      },
    };
  },
  blank: { state: 'draft', default_method: 'direction' },
  schema,
  async save(db, target, data, ctx) {
    const row = await savePolicy(db, target, data, ctx);
    return { id: row.id };
  },
};
