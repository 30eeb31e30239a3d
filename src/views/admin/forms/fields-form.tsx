// A whole form from its field specs: the error summary, the fields with
// their values and problems, hidden values, the CSRF token and one button.
// Children go between the fields and the button.
import type { ComponentChildren } from 'preact';
import { ErrorSummary } from './error-summary.js';
import type { FieldSpec } from './field-spec.js';
import { Field } from './field.js';
import { PostForm } from './post-form.js';
import type { ShownForm } from './shown-form.js';
import type { Lang } from '../../../i18n/index.js';

export interface FieldsFormProps {
  readonly lang: Lang;
  readonly action: string;
  readonly csrfToken: string;
  readonly specs: readonly FieldSpec[];
  readonly shown: ShownForm;
  readonly submit: string;
  readonly hidden?: Readonly<Record<string, string>>;
  readonly multipart?: boolean;
  readonly novalidate?: boolean;
  readonly children?: ComponentChildren;
}

export function FieldsForm(props: FieldsFormProps) {
  return (
    <>
      <ErrorSummary specs={props.specs} errors={props.shown.errors} lang={props.lang} />
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={props.hidden} multipart={props.multipart} novalidate={props.novalidate}>
        {props.specs.map((spec) => (
          <Field spec={spec} shown={props.shown} lang={props.lang} />
        ))}
        {props.children}
        <button type="submit" class="button button-primary">
          {props.submit}
        </button>
      </PostForm>
    </>
  );
}
