// The shared form schema's problems (catalogue keys of the admin area) as
// the texts the releases' fields show beside themselves.
import { adminText } from '../../../../i18n/admin.js';
import type { AdminLang } from '../../../../i18n/admin.js';
import type { FieldError } from '../../../../views/admin/form-state.js';
import type { FieldErrors } from '../../../../views/admin/releases/release-fields.js';

export function errorTexts(lang: AdminLang, errors: Readonly<Record<string, FieldError>>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, adminText(lang, error.key, error.values)]));
}
