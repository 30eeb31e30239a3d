// What the admin area needs to know to edit one kind of thing in the model:
// its address, who may edit it, its list, its form fields, how a saved
// record fills the form, the schema that reads the form back, and the
// service call that saves it. editor-routes.tsx turns this into pages.
import type { z } from 'zod';
import type { Actor } from '../../../../domain/permissions.js';
import type { EditTarget } from '../../../../services/admin/model-editing.js';
import type { ChangeContext } from '../../../../services/change-context.js';
import type { Db } from '../../../../services/database.js';
import type { AdminSection } from '../../../../views/admin/admin-layout.js';
import type { FieldSpec } from '../../../../views/admin/forms/field-spec.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { t } from '../../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../../i18n/index.js';

export interface LoadedRecord {
  readonly version: number;
  /** The record as form values (numbers written the reader's way). */
  readonly values: FormValues;
  /** What the record is called in the page's heading. */
  readonly heading: string;
}

export interface Editor<T> {
  /** The path under /admin, e.g. `indicators`. */
  readonly slug: string;
  readonly section: AdminSection;
  readonly title: MessageKey;
  readonly newTitle: MessageKey;
  readonly allow: (actor: Actor) => boolean;
  readonly columns: readonly MessageKey[];
  listRows(db: Db, lang: Lang): Promise<{ id: number; cells: string[] }[]>;
  fields(db: Db, lang: Lang): Promise<FieldSpec[]>;
  load(db: Db, id: number, lang: Lang): Promise<LoadedRecord>;
  /** The values a new record's form starts with. */
  readonly blank: FormValues;
  readonly schema: z.ZodType<T>;
  save(db: Db, target: EditTarget, data: T, ctx: ChangeContext): Promise<{ id: number }>;
}

/** A number as a form shows it: a decimal comma in Danish. */
export function formNumber(value: number | null, lang: Lang): string {
  if (value === null) return '';
  return lang === 'da' ? String(value).replace('.', ',') : String(value);
}

export const formId = (value: number | null) => (value === null ? '' : String(value));
export const formText = (value: string | null) => value ?? '';
export const formFlag = (value: number | boolean) => (value ? 'on' : '');

/** Options for a select of rows with Danish and English names. */
export function nameOptions(rows: readonly { id: number; code: string; name_da: string; name_en: string | null }[], lang: Lang) {
  return rows.map((row) => ({ value: String(row.id), label: `${lang === 'en' && row.name_en ? row.name_en : row.name_da} (${row.code})` }));
}

/** Options for a select of fixed values, labelled from the catalogue (`option.<field>.<value>`). */
export function enumOptions<V extends string>(values: readonly V[], label: (value: V) => MessageKey, text: (key: MessageKey) => string) {
  return values.map((value) => ({ value, label: text(label(value)) }));
}

/** The admin catalogue in one language: the words of an editor's fields. */
export const catalogueIn = (lang: Lang) => (key: MessageKey) => t(lang, key);
