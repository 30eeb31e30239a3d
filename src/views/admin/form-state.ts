// What a form shows: the values as typed (strings, so nothing a person wrote
// is lost or reformatted when the form comes back with errors), and a problem
// per field.
import type { AdminMessageKey } from '../../i18n/admin.js';

export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface FieldError {
  readonly key: AdminMessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface FormState {
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, FieldError>>;
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface FieldBase {
  readonly name: string;
  readonly label: AdminMessageKey;
  readonly hint?: AdminMessageKey;
  readonly required?: boolean;
}

export type FieldSpec =
  | (FieldBase & { readonly kind: 'text' | 'email' | 'url' | 'date' | 'number' | 'password'; readonly autocomplete?: string })
  | (FieldBase & { readonly kind: 'textarea' })
  | (FieldBase & { readonly kind: 'select'; readonly options: readonly Option[]; readonly emptyLabel?: AdminMessageKey })
  | (FieldBase & { readonly kind: 'checkbox' })
  | (FieldBase & { readonly kind: 'checkboxes'; readonly options: readonly Option[] });

export function valueOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

export function valuesOf(values: FormValues, name: string): readonly string[] {
  const value = values[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
