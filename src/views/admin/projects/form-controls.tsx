// Form controls for the plan, project and consultation screens, in the same
// DKFDS pattern as views/admin/form-fields.tsx (label, hint, the problem
// beside the field and announced with it, the value as typed), but taking
// texts already translated, since these screens keep their own catalogue
// and their forms repeat groups of fields (a plan's initiatives).
import type { ComponentChildren } from 'preact';
import { bankText } from '../../../i18n/admin-projects.js';
import type { AdminLang } from '../../../i18n/admin.js';
import { valueOf, valuesOf } from '../form-state.js';
import type { FormValues, Option } from '../form-state.js';

/** A field name as an element id: `i0.title` → `field-i0-title`. */
export const controlId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export interface ControlSpec {
  readonly kind: 'text' | 'date' | 'number' | 'textarea' | 'select' | 'checkboxes' | 'radios' | 'file';
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly options?: readonly Option[];
  /** The first option of a select that chooses nothing. */
  readonly emptyLabel?: string;
}

/** What a form shows: the values as typed and a translated problem per field. */
export interface Shown {
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, string>>;
}

export const NOTHING_SHOWN: Shown = { values: {}, errors: {} };

function ErrorText({ id, lang, text }: { id: string; lang: AdminLang; text: string }) {
  return (
    <span class="form-error-message" id={`${id}-error`}>
      <span class="sr-only">{bankText(lang, 'common.errorPrefix')}</span>
      {text}
    </span>
  );
}

export function Control({ spec, shown, lang }: { spec: ControlSpec; shown: Shown; lang: AdminLang }) {
  const id = controlId(spec.name);
  const error = shown.errors[spec.name];
  const describedBy = [spec.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const groupClass = error ? 'form-group form-error' : 'form-group';
  const optional = spec.required || spec.kind === 'checkboxes' || spec.kind === 'radios' ? '' : ` ${bankText(lang, 'common.optional')}`;
  const hint = spec.hint && (
    <span class="form-hint" id={`${id}-hint`}>
      {spec.hint}
    </span>
  );
  const message = error && <ErrorText id={id} lang={lang} text={error} />;
  if (spec.kind === 'checkboxes' || spec.kind === 'radios') {
    const chosen = valuesOf(shown.values, spec.name);
    const type = spec.kind === 'radios' ? 'radio' : 'checkbox';
    return (
      <fieldset class={groupClass} aria-describedby={describedBy} id={id}>
        <legend class="form-label">{spec.label}</legend>
        {hint}
        {message}
        {(spec.options ?? []).map((option) => (
          <div class={spec.kind === 'radios' ? 'form-group-radio' : 'form-group-checkbox'}>
            <input type={type} class={spec.kind === 'radios' ? 'form-radio' : 'form-checkbox'} id={`${id}-${option.value}`} name={spec.name} value={option.value} checked={chosen.includes(option.value)} />
            <label for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  const value = valueOf(shown.values, spec.name);
  const invalid = error ? 'true' : undefined;
  let control;
  if (spec.kind === 'textarea') {
    control = <textarea class="form-input" id={id} name={spec.name} rows={4} aria-describedby={describedBy} aria-invalid={invalid} value={value} />;
  } else if (spec.kind === 'select') {
    control = (
      <select class="form-select" id={id} name={spec.name} aria-describedby={describedBy} aria-invalid={invalid}>
        {spec.emptyLabel !== undefined && <option value="">{spec.emptyLabel}</option>}
        {(spec.options ?? []).map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'file') {
    control = <input class="form-input" type="file" id={id} name={spec.name} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={describedBy} aria-invalid={invalid} />;
  } else {
    // Dates and amounts are typed as text, so what was written comes back as written.
    control = <input class="form-input" type="text" id={id} name={spec.name} value={value} inputMode={spec.kind === 'number' ? 'numeric' : undefined} aria-describedby={describedBy} aria-invalid={invalid} />;
  }
  return (
    <div class={groupClass}>
      <label class="form-label" for={id}>
        {spec.label}
        {optional}
      </label>
      {hint}
      {message}
      {control}
    </div>
  );
}

/** The problems at the top of a form, each linking to its field. */
export function ProblemSummary({ specs, shown, lang }: { specs: readonly ControlSpec[]; shown: Shown; lang: AdminLang }) {
  const failing = specs.filter((spec) => shown.errors[spec.name]);
  if (failing.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          {bankText(lang, 'common.errorSummary')}
        </p>
        <ul class="alert-text">
          {failing.map((spec) => (
            <li>
              <a href={`#${controlId(spec.name)}`}>
                {spec.label}: {shown.errors[spec.name]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A POST form with its CSRF token and hidden fields. */
export function PostForm(props: { action: string; csrfToken: string; hidden?: Readonly<Record<string, string>>; multipart?: boolean; children: ComponentChildren }) {
  return (
    <form method="post" action={props.action} class="admin-form" novalidate enctype={props.multipart ? 'multipart/form-data' : undefined}>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {props.children}
    </form>
  );
}

/** A GET form of filters above a list. */
export function FilterForm({ action, lang, children }: { action: string; lang: AdminLang; children: ComponentChildren }) {
  return (
    <form method="get" action={action} class="admin-filter">
      {children}
      <div class="form-group">
        <button type="submit" class="button button-secondary">
          {bankText(lang, 'common.filter')}
        </button>
      </div>
    </form>
  );
}
