// Small pieces the letters' admin pages share: a select or text area with
// its label, hint and problem beside it (texts from the letters catalogue),
// the CSRF field, and notices.
import type { ComponentChildren } from 'preact';
import { isLetterMessageKey, letterText } from '../../../i18n/letters.js';
import type { LetterMessageKey } from '../../../i18n/letters.js';

export type Lang = 'da' | 'en';
export type Problems = Readonly<Record<string, string>>;

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Problem({ id, text, lang }: { id: string; text: string | undefined; lang: Lang }) {
  if (!text) return null;
  return (
    <span class="form-error-message" id={`${id}-error`}>
      <span class="sr-only">{letterText(lang, 'letters.error.prefix')}</span>
      {text}
    </span>
  );
}

export function SelectField(props: {
  lang: Lang;
  name: string;
  label: LetterMessageKey;
  hint?: LetterMessageKey;
  options: readonly { value: string; label: string }[];
  value: string;
  problem?: string | undefined;
  emptyLabel?: string;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.problem ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {letterText(props.lang, props.label)}
      </label>
      {props.hint && (
        <span class="form-hint" id={`${id}-hint`}>
          {letterText(props.lang, props.hint)}
        </span>
      )}
      <Problem id={id} text={props.problem} lang={props.lang} />
      <select class="form-select" id={id} name={props.name} aria-describedby={describedBy} aria-invalid={props.problem ? 'true' : undefined}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextAreaField(props: { lang: Lang; name: string; label: string; hint?: string; value: string; problem?: string | undefined; rows?: number; children?: ComponentChildren }) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.problem ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <span class="form-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      <Problem id={id} text={props.problem} lang={props.lang} />
      <textarea class="form-input admin-letter-text" id={id} name={props.name} rows={props.rows ?? 5} aria-describedby={describedBy} aria-invalid={props.problem ? 'true' : undefined} value={props.value} />
      {props.children}
    </div>
  );
}

export function LetterNotice({ kind, children }: { kind: 'success' | 'error' | 'warning' | 'info'; children: ComponentChildren }) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class="alert-body">
        <p class="alert-text">{children}</p>
      </div>
    </div>
  );
}

/** The label of a section of a letter in the letters catalogue, or its key. */
export function sectionLabel(lang: Lang, key: string): string {
  const catalogueKey = `letters.section.${key}`;
  return isLetterMessageKey(catalogueKey) ? letterText(lang, catalogueKey) : key;
}
