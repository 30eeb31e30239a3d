// The problems at the top of a form, each linking to its field, so someone
// who sent a long form sees at once what to mend and can jump there.
import { fieldId } from './field-spec.js';
import type { FieldSpec } from './field-spec.js';
import { kitText } from './kit-texts.js';
import type { FieldErrors } from './shown-form.js';
import type { Lang } from '../../../i18n/index.js';

export function ErrorSummary({ specs, errors, lang }: { specs: readonly Pick<FieldSpec, 'name' | 'label'>[]; errors: FieldErrors; lang: Lang }) {
  const failing = specs.filter((spec) => errors[spec.name]);
  if (failing.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          {kitText.summaryHeading(lang)}
        </p>
        <ul class="alert-text">
          {failing.map((spec) => (
            <li>
              <a href={`#${fieldId(spec.name)}`}>
                {spec.label}: {errors[spec.name]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
