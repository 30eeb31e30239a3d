// The form for one thing: error summary, fields with their problems and the
// values as typed, the version it was opened at (hidden), and, when someone
// else saved meanwhile, what is saved now beside what this person typed.
import type { ComponentChildren } from 'preact';
import type { FieldSpec } from './forms/field-spec.js';
import { FieldsForm } from './forms/fields-form.js';
import { valuesOf } from './forms/form-values.js';
import type { FormValues } from './forms/form-values.js';
import { Notice } from './forms/notice.js';
import type { NoticeKind } from './forms/notice.js';
import { shownForm } from './forms/shown-form.js';
import type { FormState } from './forms/shown-form.js';
import { t } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

export interface EditPageProps {
  lang: Lang;
  title: string;
  action: string;
  csrfToken: string;
  specs: readonly FieldSpec[];
  state: FormState;
  /** Hidden fields besides the CSRF token (the version, a fingerprint). */
  hidden?: Readonly<Record<string, string>>;
  submitLabel: 'form.save' | 'form.create' | 'users.invite' | 'reset.submit' | 'invitation.submit';
  notice?: { kind: NoticeKind; text: string } | null;
  /** What is saved now, when a save was refused because someone changed it. */
  savedNow?: FormValues | null;
  backHref?: string;
  intro?: string;
  children?: ComponentChildren;
}

function shown(spec: FieldSpec, values: FormValues, lang: Lang): string {
  const chosen = valuesOf(values, spec.name);
  if (spec.kind === 'checkbox') return t(lang, chosen[0] === 'on' ? 'form.yes' : 'form.no');
  if (spec.kind === 'select' || spec.kind === 'checkboxes') {
    const labels = chosen.map((value) => spec.options.find((o) => o.value === value)?.label ?? value);
    return labels.join(', ') || t(lang, 'audit.empty');
  }
  return chosen.join(', ') || t(lang, 'audit.empty');
}

function differs(spec: FieldSpec, a: FormValues, b: FormValues): boolean {
  return valuesOf(a, spec.name).join('\u0000') !== valuesOf(b, spec.name).join('\u0000');
}

export function EditPage(props: EditPageProps) {
  const { lang, specs, state, savedNow } = props;
  const changedMeanwhile = savedNow ? specs.filter((spec) => differs(spec, savedNow, state.values)) : [];
  return (
    <>
      <h1>{props.title}</h1>
      {props.intro && <p>{props.intro}</p>}
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {savedNow && changedMeanwhile.length > 0 && (
        <table class="table table--compact admin-saved-now">
          <caption>{t(lang, 'form.currentlySaved')}</caption>
          <tbody>
            {changedMeanwhile.map((spec) => (
              <tr>
                <th scope="row">{spec.label}</th>
                <td>{shown(spec, savedNow, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FieldsForm
        lang={lang}
        action={props.action}
        csrfToken={props.csrfToken}
        specs={specs}
        shown={shownForm(lang, state)}
        hidden={props.hidden}
        submit={t(lang, props.submitLabel)}
      />
      {props.children}
      {props.backHref && (
        <p>
          <a href={props.backHref}>{t(lang, 'form.cancel')}</a>
        </p>
      )}
    </>
  );
}
