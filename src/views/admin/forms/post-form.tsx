// A POST form with its CSRF token and hidden values. Forms whose problems
// the server reports beside each field skip the browser's own checks
// (`novalidate`); a form of one button keeps them.
import type { ComponentChildren } from 'preact';
import { CsrfInput, HiddenInputs } from './hidden-inputs.js';

export interface PostFormProps {
  readonly action: string;
  readonly csrfToken: string;
  readonly hidden?: Readonly<Record<string, string>>;
  readonly multipart?: boolean;
  /** Classes besides `admin-form`. */
  readonly className?: string;
  readonly id?: string;
  /** Defaults to true. */
  readonly novalidate?: boolean;
  readonly children: ComponentChildren;
}

export function PostForm(props: PostFormProps) {
  return (
    <form
      method="post"
      action={props.action}
      class={props.className ? `admin-form ${props.className}` : 'admin-form'}
      id={props.id}
      novalidate={props.novalidate ?? true}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
    >
      <CsrfInput token={props.csrfToken} />
      <HiddenInputs values={props.hidden} />
      {props.children}
    </form>
  );
}
