// Form fields of the releases' screens in the DKFDS pattern of
// form-fields.tsx (label, hint, the error beside the field and announced
// with it, the value as typed), with labels already in the page's language,
// since these screens keep their texts in a catalogue of their own. Ids are
// prefixed per form, so several forms can share a page.
import { adminText } from '../../../i18n/admin.js';
import type { AdminLang } from '../../../i18n/admin.js';
import { valueOf } from '../form-state.js';
import type { FormValues, Option } from '../form-state.js';

export interface FieldDef {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'file';
  readonly options?: readonly Option[];
  readonly emptyLabel?: string;
  /** For files: what the browser may offer. */
  readonly accept?: string;
}

/** Problems per field, already in the page's language. */
export type FieldErrors = Readonly<Record<string, string>>;

export const fieldId = (name: string) => `field-${name}`;

export function FormField({ field, values, errors, lang }: { field: FieldDef; values: FormValues; errors: FieldErrors; lang: AdminLang }) {
  const id = fieldId(field.name);
  const error = errors[field.name];
  const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const invalid = error ? 'true' : undefined;
  const hint = field.hint && (
    <span class="form-hint" id={`${id}-hint`}>
      {field.hint}
    </span>
  );
  const message = error && (
    <span class="form-error-message" id={`${id}-error`}>
      <span class="sr-only">{lang === 'da' ? 'Fejl: ' : 'Error: '}</span>
      {error}
    </span>
  );
  const groupClass = error ? 'form-group form-error' : 'form-group';
  const value = valueOf(values, field.name);
  if (field.kind === 'checkbox') {
    return (
      <div class={groupClass}>
        {message}
        <div class="form-group-checkbox">
          <input type="checkbox" class="form-checkbox" id={id} name={field.name} value="on" checked={value === 'on'} aria-describedby={describedBy} />
          <label for={id}>{field.label}</label>
        </div>
        {hint}
      </div>
    );
  }
  let control;
  if (field.kind === 'textarea') {
    control = <textarea class="form-input" id={id} name={field.name} rows={3} aria-describedby={describedBy} aria-invalid={invalid} value={value} />;
  } else if (field.kind === 'select') {
    control = (
      <select class="form-select" id={id} name={field.name} aria-describedby={describedBy} aria-invalid={invalid}>
        {field.emptyLabel !== undefined && <option value="">{field.emptyLabel}</option>}
        {(field.options ?? []).map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'file') {
    // A browser never fills a file input again; the error says to choose it anew.
    control = <input class="form-input" type="file" id={id} name={field.name} accept={field.accept} aria-describedby={describedBy} aria-invalid={invalid} />;
  } else {
    control = (
      <input
        class="form-input"
        type={field.kind === 'date' ? 'date' : 'text'}
        id={id}
        name={field.name}
        value={value}
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
      />
    );
  }
  return (
    <div class={groupClass}>
      <label class="form-label" for={id}>
        {field.label}
        {!field.required ? ` ${adminText(lang, 'form.optional')}` : ''}
      </label>
      {hint}
      {message}
      {control}
    </div>
  );
}

export function FormErrorSummary({ fields, errors, lang }: { fields: readonly FieldDef[]; errors: FieldErrors; lang: AdminLang }) {
  const failing = fields.filter((field) => errors[field.name]);
  if (failing.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          {adminText(lang, 'error.summary')}
        </p>
        <ul class="alert-text">
          {failing.map((field) => (
            <li>
              <a href={`#${fieldId(field.name)}`}>
                {field.label}: {errors[field.name]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A whole form: error summary, fields, hidden values, the CSRF token and one button. */
export function ReleaseForm(props: {
  lang: AdminLang;
  action: string;
  csrfToken: string;
  fields: readonly FieldDef[];
  values: FormValues;
  errors: FieldErrors;
  submit: string;
  hidden?: Readonly<Record<string, string>>;
  multipart?: boolean;
}) {
  return (
    <>
      <FormErrorSummary fields={props.fields} errors={props.errors} lang={props.lang} />
      <form method="post" action={props.action} class="admin-form" novalidate enctype={props.multipart ? 'multipart/form-data' : undefined}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {props.fields.map((field) => (
          <FormField field={field} values={props.values} errors={props.errors} lang={props.lang} />
        ))}
        <button type="submit" class="button button-primary">
          {props.submit}
        </button>
      </form>
    </>
  );
}
