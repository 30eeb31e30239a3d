// What a form holds as it was typed: strings (so nothing a person wrote is
// lost or reformatted when the form comes back with problems), several
// strings for a field that repeats (a group of checkboxes), and the choices
// a select or a group of boxes offers.

export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** The one value of a field, or '' when it is absent or repeated. */
export function valueOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

/** Every value of a field (none, one, or the ticked boxes of a group). */
export function valuesOf(values: FormValues, name: string): readonly string[] {
  const value = values[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
