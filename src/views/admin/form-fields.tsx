// Form fields in the DKFDS pattern: label, hint, the error right beside the
// field (and announced with it), and the value as it was typed. Plus the
// error summary at the top of a form, linking to each field in trouble.
import type { ComponentChildren } from 'preact';
import { adminText } from '../../i18n/admin.js';
import type { AdminLang } from '../../i18n/admin.js';
import { valueOf, valuesOf } from './form-state.js';
import type { FieldError, FieldSpec, FormState } from './form-state.js';

const fieldId = (name: string) => `field-${name}`;

function errorText(lang: AdminLang, error: FieldError): string {
  return adminText(lang, error.key, error.values);
}

export function Field({ spec, state, lang }: { spec: FieldSpec; state: FormState; lang: AdminLang }) {
  const id = fieldId(spec.name);
  const error = state.errors[spec.name];
  const describedBy = [spec.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const label = (
    <label class="form-label" for={id}>
      {adminText(lang, spec.label)}
      {!spec.required && spec.kind !== 'checkbox' && spec.kind !== 'checkboxes' ? ` ${adminText(lang, 'form.optional')}` : ''}
    </label>
  );
  const hint = spec.hint && (
    <span class="form-hint" id={`${id}-hint`}>
      {adminText(lang, spec.hint)}
    </span>
  );
  const message = error && (
    <span class="form-error-message" id={`${id}-error`}>
      <span class="sr-only">{lang === 'da' ? 'Fejl: ' : 'Error: '}</span>
      {errorText(lang, error)}
    </span>
  );
  const invalid = error ? 'true' : undefined;
  const groupClass = error ? 'form-group form-error' : 'form-group';

  if (spec.kind === 'checkbox') {
    return (
      <div class={groupClass}>
        {message}
        <div class="form-group-checkbox">
          <input type="checkbox" class="form-checkbox" id={id} name={spec.name} value="on" checked={valueOf(state.values, spec.name) === 'on'} aria-describedby={describedBy} />
          <label for={id}>{adminText(lang, spec.label)}</label>
        </div>
        {hint}
      </div>
    );
  }
  if (spec.kind === 'checkboxes') {
    const chosen = valuesOf(state.values, spec.name);
    return (
      <fieldset class={groupClass} aria-describedby={describedBy} id={id}>
        <legend class="form-label">{adminText(lang, spec.label)}</legend>
        {hint}
        {message}
        {spec.options.map((option) => (
          <div class="form-group-checkbox">
            <input type="checkbox" class="form-checkbox" id={`${id}-${option.value}`} name={spec.name} value={option.value} checked={chosen.includes(option.value)} />
            <label for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  const value = valueOf(state.values, spec.name);
  let control;
  if (spec.kind === 'textarea') {
    control = <textarea class="form-input" id={id} name={spec.name} rows={4} aria-describedby={describedBy} aria-invalid={invalid} value={value} />;
  } else if (spec.kind === 'select') {
    control = (
      <select class="form-select" id={id} name={spec.name} aria-describedby={describedBy} aria-invalid={invalid}>
        {spec.emptyLabel && <option value="">{adminText(lang, spec.emptyLabel)}</option>}
        {spec.options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else {
    // Numbers are typed as text so a Danish decimal comma is kept as written.
    const type = spec.kind === 'number' ? 'text' : spec.kind;
    control = (
      <input
        class="form-input"
        type={type}
        id={id}
        name={spec.name}
        value={spec.kind === 'password' ? '' : value}
        inputMode={spec.kind === 'number' ? 'decimal' : undefined}
        autocomplete={'autocomplete' in spec ? spec.autocomplete : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
      />
    );
  }
  return (
    <div class={groupClass}>
      {label}
      {hint}
      {message}
      {control}
    </div>
  );
}

export function ErrorSummary({ specs, state, lang }: { specs: readonly FieldSpec[]; state: FormState; lang: AdminLang }) {
  const failing = specs.filter((spec) => state.errors[spec.name]);
  if (failing.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          {adminText(lang, 'error.summary')}
        </p>
        <ul class="alert-text">
          {failing.map((spec) => (
            <li>
              <a href={`#${fieldId(spec.name)}`}>
                {adminText(lang, spec.label)}: {errorText(lang, state.errors[spec.name]!)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function Notice({ kind, children }: { kind: 'success' | 'error' | 'warning' | 'info'; children: ComponentChildren }) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class="alert-body">
        <p class="alert-text">{children}</p>
      </div>
    </div>
  );
}
