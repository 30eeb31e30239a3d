// Fields that are ticked rather than typed: one checkbox (a yes or no), and a
// group of checkboxes or radio buttons under one legend.
import { FieldHint, FieldProblem, describedBy, groupClass } from './field-parts.js';
import { fieldId } from './field-spec.js';
import type { FieldSpec } from './field-spec.js';
import { valueOf, valuesOf } from './form-values.js';
import type { ShownForm } from './shown-form.js';
import type { Lang } from '../../../i18n/index.js';

type Checkbox = Extract<FieldSpec, { kind: 'checkbox' }>;
type ChoiceGroup = Extract<FieldSpec, { kind: 'checkboxes' | 'radios' }>;

export function CheckboxField({ spec, shown, lang }: { spec: Checkbox; shown: ShownForm; lang: Lang }) {
  const id = fieldId(spec.name);
  const error = shown.errors[spec.name];
  return (
    <div class={groupClass(error)}>
      <FieldProblem id={id} error={error} lang={lang} />
      <div class="form-group-checkbox">
        <input
          type="checkbox"
          class="form-checkbox"
          id={id}
          name={spec.name}
          value="on"
          checked={valueOf(shown.values, spec.name) === 'on'}
          aria-describedby={describedBy(id, spec.hint, error)}
        />
        <label for={id}>{spec.label}</label>
      </div>
      <FieldHint id={id} hint={spec.hint} />
    </div>
  );
}

export function ChoiceGroupField({ spec, shown, lang }: { spec: ChoiceGroup; shown: ShownForm; lang: Lang }) {
  const id = fieldId(spec.name);
  const error = shown.errors[spec.name];
  const chosen = valuesOf(shown.values, spec.name);
  const radio = spec.kind === 'radios';
  return (
    <fieldset class={groupClass(error)} aria-describedby={describedBy(id, spec.hint, error)} id={id}>
      <legend class="form-label">{spec.label}</legend>
      <FieldHint id={id} hint={spec.hint} />
      <FieldProblem id={id} error={error} lang={lang} />
      {spec.options.map((option) => (
        <div class={radio ? 'form-group-radio' : 'form-group-checkbox'}>
          <input
            type={radio ? 'radio' : 'checkbox'}
            class={radio ? 'form-radio' : 'form-checkbox'}
            id={`${id}-${option.value}`}
            name={spec.name}
            value={option.value}
            checked={chosen.includes(option.value)}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
