// The pieces around a field in the DKFDS pattern: the hint and the problem
// beside it, both tied to the field with aria-describedby so a screen reader
// announces them with it.
import { kitText } from './kit-texts.js';
import type { Lang } from '../../../i18n/index.js';

/** The ids a field is described by, or undefined when it has neither hint nor problem. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export const groupClass = (error: string | undefined) => (error ? 'form-group form-error' : 'form-group');

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <span class="form-hint" id={`${id}-hint`}>
      {hint}
    </span>
  );
}

export function FieldProblem({ id, error, lang }: { id: string; error: string | undefined; lang: Lang }) {
  if (!error) return null;
  return (
    <span class="form-error-message" id={`${id}-error`}>
      <span class="sr-only">{kitText.errorPrefix(lang)}</span>
      {error}
    </span>
  );
}
