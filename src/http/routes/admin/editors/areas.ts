// The area editor: the places an indicator can be compared across (the city,
// its districts, other municipalities), each of a kind and possibly within
// another area.
import { z } from 'zod';
import type { AreaKind } from '../../../../domain/model-vocabulary.js';
import { canEditModel } from '../../../../domain/permissions.js';
import { saveArea } from '../../../../services/admin/model-editing.js';
import type { AreaInput } from '../../../../services/admin/model-editing.js';
import { getForEditing, listForEditing, loadModelChoices } from '../../../../services/admin/model-reading.js';
import { choice, code, optionalText, reference, requiredText } from '../form-schema.js';
import { catalogueIn, enumOptions, formId, formText, nameOptions } from './editor.js';
import type { Editor } from './editor.js';
import { t } from '../../../../i18n/index.js';

const AREA_KINDS = ['municipality', 'district', 'region', 'country', 'other'] as const satisfies readonly AreaKind[];

const schema: z.ZodType<AreaInput> = z.object({
  code: code(),
  name_da: requiredText(200),
  name_en: optionalText(200),
  kind: choice(AREA_KINDS, { required: true }),
  parent_id: reference({ required: false }),
});

export const areaEditor: Editor<AreaInput> = {
  slug: 'areas',
  section: 'areas',
  title: 'areas.title',
  newTitle: 'areas.new',
  allow: canEditModel,
  columns: ['field.name_da', 'field.code', 'field.kind'],
  async listRows(db, lang) {
    const rows = await listForEditing(db, 'areas');
    return rows.map((r) => ({ id: r.id, cells: [lang === 'en' && r.name_en ? r.name_en : r.name_da, r.code, t(lang, `option.kind.${r.kind}`)] }));
  },
  async fields(db, lang) {
    const t = catalogueIn(lang);
    const choices = await loadModelChoices(db);
    return [
      { kind: 'text', name: 'code', label: t('field.code'), hint: t('field.code.hint'), required: true },
      { kind: 'text', name: 'name_da', label: t('field.name_da'), required: true },
      { kind: 'text', name: 'name_en', label: t('field.name_en') },
      { kind: 'select', name: 'kind', label: t('field.kind'), options: enumOptions(AREA_KINDS, (kind) => `option.kind.${kind}`, t), required: true },
      { kind: 'select', name: 'parent_id', label: t('field.parent_id'), options: nameOptions(choices.areas, lang), emptyLabel: t('form.none') },
    ];
  },
  async load(db, id, lang) {
    const r = await getForEditing(db, 'areas', id);
    return {
      version: r.version,
      heading: lang === 'en' && r.name_en ? r.name_en : r.name_da,
      values: { code: r.code, name_da: r.name_da, name_en: formText(r.name_en), kind: r.kind, parent_id: formId(r.parent_id) },
    };
  },
  blank: { kind: 'district' },
  schema,
  async save(db, target, data, ctx) {
    const row = await saveArea(db, target, data, ctx);
    return { id: row.id };
  },
};
