// One field of an admin form in the DKFDS pattern: label (saying when the
// field may be left empty), hint, the problem right beside the field, and
// the value as it was typed. Children go below the control (what is saved
// now, a default text).
import type { ComponentChildren } from 'preact';
import { CheckboxField, ChoiceGroupField } from './choice-fields.js';
import { FieldHint, FieldProblem, describedBy, groupClass } from './field-parts.js';
import { fieldId } from './field-spec.js';
import type { FieldSpec } from './field-spec.js';
import { valueOf } from './form-values.js';
import { kitText } from './kit-texts.js';
import type { ShownForm } from './shown-form.js';
import type { Lang } from '../../../i18n/index.js';

export function Field({ spec, shown, lang, children }: { spec: FieldSpec; shown: ShownForm; lang: Lang; children?: ComponentChildren }) {
  if (spec.kind === 'checkbox') return <CheckboxField spec={spec} shown={shown} lang={lang} />;
  if (spec.kind === 'checkboxes' || spec.kind === 'radios') return <ChoiceGroupField spec={spec} shown={shown} lang={lang} />;
  const id = fieldId(spec.name);
  const error = shown.errors[spec.name];
  return (
    <div class={groupClass(error)}>
      <label class="form-label" for={id}>
        {spec.label}
        {spec.required ? '' : ` ${kitText.optional(lang)}`}
      </label>
      <FieldHint id={id} hint={spec.hint} />
      <FieldProblem id={id} error={error} lang={lang} />
      <Control
        spec={spec}
        id={id}
        value={valueOf(shown.values, spec.name)}
        describedBy={describedBy(id, spec.hint, error)}
        invalid={error ? 'true' : undefined}
      />
      {children}
    </div>
  );
}

type TypedSpec = Exclude<FieldSpec, { kind: 'checkbox' | 'checkboxes' | 'radios' }>;

function Control({
  spec,
  id,
  value,
  describedBy,
  invalid,
}: {
  spec: TypedSpec;
  id: string;
  value: string;
  describedBy: string | undefined;
  invalid: 'true' | undefined;
}) {
  const common = { id, name: spec.name, 'aria-describedby': describedBy, 'aria-invalid': invalid };
  switch (spec.kind) {
    case 'textarea':
      return <textarea class={spec.className ? `form-input ${spec.className}` : 'form-input'} rows={spec.rows ?? 4} value={value} {...common} />;
    case 'select':
      return (
        <select class="form-select" {...common}>
          {spec.emptyLabel !== undefined && <option value="">{spec.emptyLabel}</option>}
          {spec.options.map((option) => (
            <option value={option.value} selected={option.value === value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    case 'file':
      // A browser never fills a file input again; the problem says to choose it anew.
      return <input class="form-input" type="file" accept={spec.accept} {...common} />;
    case 'number':
      return <input class="form-input" type="text" inputMode="decimal" value={value} {...common} />;
    default:
      // A password is never sent back to the browser.
      return <input class="form-input" type={spec.kind} value={spec.kind === 'password' ? '' : value} autocomplete={spec.autocomplete} {...common} />;
  }
}
