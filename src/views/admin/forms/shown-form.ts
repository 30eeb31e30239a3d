// What a form shows: the values as typed and a problem per field, already in
// the page's language. Forms whose problems are catalogue keys (the shared
// form schema's) turn them into texts with `errorTexts` first.
import type { FormValues } from './form-values.js';
import { t } from '../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';

/** A problem with one field as a catalogue key and the values it needs. */
export interface FieldError {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A form's values and its problems as catalogue keys. */
export interface FormState {
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, FieldError>>;
}

/** Problems per field, in the page's language. */
export type FieldErrors = Readonly<Record<string, string>>;

export interface ShownForm {
  readonly values: FormValues;
  readonly errors: FieldErrors;
}

export const EMPTY_FORM: ShownForm = { values: {}, errors: {} };

export function errorTexts(lang: Lang, errors: Readonly<Record<string, FieldError>>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, t(lang, error.key, error.values)]));
}

export function shownForm(lang: Lang, state: FormState): ShownForm {
  return { values: state.values, errors: errorTexts(lang, state.errors) };
}
