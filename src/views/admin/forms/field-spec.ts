// What one field of an admin form is: its kind, its name, and its texts in
// the page's language (label, hint, the empty choice of a select). Pages
// build these from whichever catalogue holds their words; the kit only
// draws them.
import type { Option } from './form-values.js';

interface FieldBase {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  /**
   * A field that must be filled in. Other fields say "(optional)" after
   * their label, except a checkbox or a group of choices, where leaving
   * them alone is an answer.
   */
  readonly required?: boolean;
}

export type FieldSpec =
  | (FieldBase & { readonly kind: 'text' | 'email' | 'url' | 'password' | 'date'; readonly autocomplete?: string })
  /** Typed as text, so a Danish decimal comma is kept as written. */
  | (FieldBase & { readonly kind: 'number' })
  | (FieldBase & { readonly kind: 'textarea'; readonly rows?: number; readonly className?: string })
  | (FieldBase & { readonly kind: 'select'; readonly options: readonly Option[]; readonly emptyLabel?: string })
  | (FieldBase & { readonly kind: 'checkbox' })
  | (FieldBase & { readonly kind: 'checkboxes'; readonly options: readonly Option[] })
  | (FieldBase & { readonly kind: 'radios'; readonly options: readonly Option[] })
  /** For files: what the browser may offer. */
  | (FieldBase & { readonly kind: 'file'; readonly accept?: string });

/** A field name as an element id: `i0.title` → `field-i0-title`. */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
