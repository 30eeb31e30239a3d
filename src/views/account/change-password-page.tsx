// The page where a signed-in person changes their own password: the current
// password, then the new one twice (the same fields as choosing one through a
// link). For a person who signs in through single sign-on, only a note.
import { PASSWORD_MIN_LENGTH } from '../../auth/passwords.js';
import { ErrorSummary } from '../admin/forms/error-summary.js';
import { Field } from '../admin/forms/field.js';
import { Notice } from '../admin/forms/notice.js';
import { PostForm } from '../admin/forms/post-form.js';
import { shownForm } from '../admin/forms/shown-form.js';
import type { FormState } from '../admin/forms/shown-form.js';
import { passwordSpecs } from '../admin/password-pages.js';
import { t } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

export const CHANGE_PASSWORD_PATH = '/account/password';

export interface ChangePasswordPageProps {
  lang: Lang;
  csrfToken: string;
  email: string;
  /** False for single sign-on: there is no password here to change. */
  hasPassword: boolean;
  state: FormState;
  /** Why the current password was refused, shown beside it. */
  currentError: string | null;
  notice: { kind: 'success' | 'error'; text: string } | null;
}

export function ChangePasswordPage({ lang, csrfToken, email, hasPassword, state, currentError, notice }: ChangePasswordPageProps) {
  const specs = passwordSpecs(lang);
  const shown = shownForm(lang, state);
  return (
    <>
      <h1>{t(lang, 'account.change.title')}</h1>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {!hasPassword ? (
        <p>{t(lang, 'account.change.singleSignOn')}</p>
      ) : (
        <>
          <p>{t(lang, 'account.change.intro', { email })}</p>
          <p class="form-hint">{t(lang, 'password.hint', { min: PASSWORD_MIN_LENGTH })}</p>
          <ErrorSummary specs={specs} errors={shown.errors} lang={lang} />
          <PostForm action={CHANGE_PASSWORD_PATH} csrfToken={csrfToken} novalidate={false}>
            <input type="hidden" name="username" value={email} autocomplete="username" />
            <div class={currentError ? 'form-group form-error' : 'form-group'}>
              <label class="form-label" for="field-current">
                {t(lang, 'account.change.current')}
              </label>
              {currentError && (
                <span class="form-error-message" id="field-current-error">
                  <span class="sr-only">{lang === 'da' ? 'Fejl: ' : 'Error: '}</span>
                  {currentError}
                </span>
              )}
              <input
                class="form-input"
                type="password"
                id="field-current"
                name="current"
                autocomplete="current-password"
                required
                aria-invalid={currentError ? 'true' : undefined}
                aria-describedby={currentError ? 'field-current-error' : undefined}
              />
            </div>
            {specs.map((spec) => (
              <Field spec={spec} shown={shown} lang={lang} />
            ))}
            <button type="submit" class="button button-primary">
              {t(lang, 'account.change.submit')}
            </button>
          </PostForm>
        </>
      )}
    </>
  );
}
