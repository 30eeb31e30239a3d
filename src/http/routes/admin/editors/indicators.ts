// The indicator editor: every field of an indicator's definition, from its
// titles to method, tolerance, target, headline and groups.
import { z } from 'zod';
import type { Direction, HeadlineKind, StatusMethod, UpdateFrequency } from '../../../../domain/model-vocabulary.js';
import { canEditModel } from '../../../../domain/permissions.js';
import { saveIndicator } from '../../../../services/admin/indicator-editing.js';
import type { IndicatorInput } from '../../../../services/admin/indicator-editing.js';
import { getIndicatorForEditing, listForEditing, loadModelChoices } from '../../../../services/admin/model-reading.js';
import type { FieldSpec } from '../../../../views/admin/forms/field-spec.js';
import { checkbox, choice, code, decimal, integer, optionalText, period, reference, references, requiredText } from '../form-schema.js';
import { enumOptions, formFlag, formId, formNumber, formText, nameOptions } from './editor.js';
import type { Editor } from './editor.js';
import { translator } from '../../../../i18n/index.js';
import type { Lang } from '../../../../i18n/index.js';

const METHODS = ['direction', 'trajectory', 'opensdg'] as const satisfies readonly StatusMethod[];
const DIRECTIONS = ['increase', 'decrease'] as const satisfies readonly Direction[];
const HEADLINES = ['total', 'group', 'gap'] as const satisfies readonly HeadlineKind[];
const FREQUENCIES = ['yearly', 'quarterly', 'monthly', 'irregular'] as const satisfies readonly UpdateFrequency[];

const schema: z.ZodType<IndicatorInput> = z.object({
  goal_id: reference({ required: true }),
  code: code(),
  sort_order: integer({ required: true, min: 0, max: 10_000 }),
  title_da: requiredText(300),
  title_en: optionalText(300),
  description_da: optionalText(4000),
  description_en: optionalText(4000),
  unit: requiredText(40),
  unit_en: optionalText(40),
  group_unit_da: optionalText(40),
  group_unit_en: optionalText(40),
  precision: integer({ required: true, min: 0, max: 6 }),
  direction: choice(DIRECTIONS, { required: true }),
  baseline_period: period({ required: false }),
  target_value: decimal({ required: false }),
  target_period: period({ required: false }),
  tolerance: decimal({ required: true, min: 0 }),
  method: choice(METHODS, { required: false }),
  limit_value: decimal({ required: false }),
  is_main: checkbox().transform((on) => (on ? (1 as const) : (0 as const))),
  headline_kind: choice(HEADLINES, { required: true }),
  headline_group_id: reference({ required: false }),
  reference_group_id: reference({ required: false }),
  default_area_id: reference({ required: false }),
  data_owner_id: reference({ required: false }),
  source_da: optionalText(500),
  source_en: optionalText(500),
  update_frequency: choice(FREQUENCIES, { required: true }),
  min_value: decimal({ required: false }),
  max_value: decimal({ required: false }),
  groups: references(),
});

async function fields(db: Parameters<Editor<IndicatorInput>['fields']>[0], lang: Lang): Promise<FieldSpec[]> {
  const choices = await loadModelChoices(db);
  const t = translator(lang);
  const goals = nameOptions(choices.goals, lang);
  const groups = nameOptions(choices.groups, lang);
  return [
    { kind: 'select', name: 'goal_id', label: t('field.goal_id'), required: true, options: goals },
    { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
    { kind: 'text', name: 'title_da', label: t('field.title_da'), required: true },
    { kind: 'text', name: 'title_en', label: t('field.title_en') },
    { kind: 'textarea', name: 'description_da', label: t('field.description_da') },
    { kind: 'textarea', name: 'description_en', label: t('field.description_en') },
    { kind: 'text', name: 'unit', label: t('field.unit'), hint: t('field.unit.hint'), required: true },
    { kind: 'text', name: 'unit_en', label: t('field.unit_en'), hint: t('field.unit_en.hint') },
    { kind: 'number', name: 'precision', label: t('field.precision'), required: true },
    { kind: 'select', name: 'direction', label: t('field.direction'), required: true, options: enumOptions(DIRECTIONS, (v) => `option.direction.${v}`, t) },
    {
      kind: 'select',
      name: 'method',
      label: t('field.method'),
      options: enumOptions(METHODS, (v) => `option.method.${v}`, t),
      emptyLabel: t('form.policyDefault'),
    },
    { kind: 'number', name: 'tolerance', label: t('field.tolerance'), hint: t('field.tolerance.hint'), required: true },
    { kind: 'text', name: 'baseline_period', label: t('field.baseline_period') },
    { kind: 'number', name: 'target_value', label: t('field.target_value') },
    { kind: 'text', name: 'target_period', label: t('field.target_period') },
    { kind: 'number', name: 'limit_value', label: t('field.limit_value'), hint: t('field.limit_value.hint') },
    { kind: 'checkbox', name: 'is_main', label: t('field.is_main') },
    {
      kind: 'select',
      name: 'headline_kind',
      label: t('field.headline_kind'),
      required: true,
      options: enumOptions(HEADLINES, (v) => `option.headline_kind.${v}`, t),
    },
    { kind: 'select', name: 'headline_group_id', label: t('field.headline_group_id'), options: groups, emptyLabel: t('form.none') },
    { kind: 'select', name: 'reference_group_id', label: t('field.reference_group_id'), options: groups, emptyLabel: t('form.none') },
    { kind: 'text', name: 'group_unit_da', label: t('field.group_unit_da'), hint: t('field.group_unit_da.hint') },
    { kind: 'text', name: 'group_unit_en', label: t('field.group_unit_en') },
    { kind: 'checkboxes', name: 'groups', label: t('field.groups'), options: groups },
    { kind: 'select', name: 'default_area_id', label: t('field.default_area_id'), options: nameOptions(choices.areas, lang), emptyLabel: t('form.none') },
    { kind: 'select', name: 'data_owner_id', label: t('field.data_owner_id'), options: nameOptions(choices.administrations, lang), emptyLabel: t('form.none') },
    { kind: 'text', name: 'source_da', label: t('field.source_da') },
    { kind: 'text', name: 'source_en', label: t('field.source_en') },
    {
      kind: 'select',
      name: 'update_frequency',
      label: t('field.update_frequency'),
      required: true,
      options: enumOptions(FREQUENCIES, (v) => `option.update_frequency.${v}`, t),
    },
    { kind: 'number', name: 'min_value', label: t('field.min_value') },
    { kind: 'number', name: 'max_value', label: t('field.max_value') },
    { kind: 'number', name: 'sort_order', label: t('field.sort_order'), required: true },
  ];
}

export const indicatorEditor: Editor<IndicatorInput> = {
  slug: 'indicators',
  section: 'indicators',
  title: 'indicators.title',
  newTitle: 'indicators.new',
  allow: canEditModel,
  columns: ['field.title_da', 'field.code', 'field.policy_id', 'field.unit', 'field.method'],
  async listRows(db, lang) {
    const t = translator(lang);
    const [rows, policies] = await Promise.all([listForEditing(db, 'indicators'), listForEditing(db, 'policies')]);
    const policyOf = new Map(policies.map((p) => [p.id, p]));
    // An indicator without its own method is judged by its policy's default: say which, so the list never shows a blank.
    const method = (own: StatusMethod | null, policyId: number) => {
      if (own) return t(`option.method.${own}`);
      const fallback = policyOf.get(policyId)?.default_method;
      return fallback ? t('indicators.methodFromPolicy', { method: t(`option.method.${fallback}`) }) : '–';
    };
    return rows.map((r) => {
      const policy = policyOf.get(r.policy_id);
      const policyTitle = policy ? (lang === 'en' && policy.title_en ? policy.title_en : policy.title_da) : '';
      return { id: r.id, cells: [lang === 'en' && r.title_en ? r.title_en : r.title_da, r.code, policyTitle, r.unit, method(r.method, r.policy_id)] };
    });
  },
  fields,
  async load(db, id, lang) {
    const r = await getIndicatorForEditing(db, id);
    return {
      version: r.version,
      heading: lang === 'en' && r.title_en ? r.title_en : r.title_da,
      values: {
        goal_id: formId(r.goal_id),
        code: r.code,
        sort_order: String(r.sort_order),
        title_da: r.title_da,
        title_en: formText(r.title_en),
        description_da: formText(r.description_da),
        description_en: formText(r.description_en),
        unit: r.unit,
        unit_en: formText(r.unit_en),
        group_unit_da: formText(r.group_unit_da),
        group_unit_en: formText(r.group_unit_en),
        precision: String(r.precision),
        direction: r.direction,
        baseline_period: formText(r.baseline_period),
        target_value: formNumber(r.target_value, lang),
        target_period: formText(r.target_period),
        tolerance: formNumber(r.tolerance, lang),
        method: r.method ?? '',
        limit_value: formNumber(r.limit_value, lang),
        is_main: formFlag(r.is_main),
        headline_kind: r.headline_kind,
        headline_group_id: formId(r.headline_group_id),
        reference_group_id: formId(r.reference_group_id),
        default_area_id: formId(r.default_area_id),
        data_owner_id: formId(r.data_owner_id),
        source_da: formText(r.source_da),
        source_en: formText(r.source_en),
        update_frequency: r.update_frequency,
        min_value: formNumber(r.min_value, lang),
        max_value: formNumber(r.max_value, lang),
        groups: r.groups.map(String),
      },
    };
  },
  blank: { sort_order: '0', precision: '1', tolerance: '0', direction: 'increase', headline_kind: 'total', update_frequency: 'yearly' },
  schema,
  async save(db, target, data, ctx) {
    const row = await saveIndicator(db, target, data, ctx);
    return { id: row.id };
  },
};
