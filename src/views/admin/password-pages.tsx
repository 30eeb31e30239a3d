// The pages around passwords: asking for a reset link, choosing a password
// through a link (after a reset or an invitation), and a link that no longer
// works.
import { PASSWORD_MIN_LENGTH } from '../../auth/passwords.js';
import { ErrorSummary } from './forms/error-summary.js';
import type { FieldSpec } from './forms/field-spec.js';
import { Field } from './forms/field.js';
import { CsrfInput } from './forms/hidden-inputs.js';
import { Notice } from './forms/notice.js';
import { PostForm } from './forms/post-form.js';
import { shownForm } from './forms/shown-form.js';
import type { FormState } from './forms/shown-form.js';
import { t, translator } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

export function ForgotPasswordPage({ lang, csrfToken, email, sent }: { lang: Lang; csrfToken: string; email: string; sent: boolean }) {
  const t = translator(lang);
  return (
    <>
      <h1>{t('forgot.title')}</h1>
      {sent ? <Notice kind="success">{t('forgot.sent')}</Notice> : <p>{t('forgot.intro')}</p>}
      <form method="post" action={lang === 'en' ? '/password/forgot?lang=en' : '/password/forgot'} class="admin-form">
        <CsrfInput token={csrfToken} />
        <div class="form-group">
          <label class="form-label" for="forgot-email">
            {t('login.email')}
          </label>
          <input class="form-input" type="email" id="forgot-email" name="email" value={email} autocomplete="username" required />
        </div>
        <button type="submit" class="button button-primary">
          {t('forgot.submit')}
        </button>
      </form>
      <p>
        <a href="/login">{t('login.title')}</a>
      </p>
    </>
  );
}

export function passwordSpecs(lang: Lang): readonly FieldSpec[] {
  return [
    { kind: 'password', name: 'password', label: t(lang, 'password.new'), required: true, autocomplete: 'new-password' },
    { kind: 'password', name: 'repeated', label: t(lang, 'password.repeat'), required: true, autocomplete: 'new-password' },
  ];
}

export interface ChoosePasswordPageProps {
  lang: Lang;
  csrfToken: string;
  purpose: 'invitation' | 'password_reset';
  action: string;
  email: string;
  siteName: string;
  state: FormState;
}

export function ChoosePasswordPage({ lang, csrfToken, purpose, action, email, siteName, state }: ChoosePasswordPageProps) {
  const t = translator(lang);
  const invitation = purpose === 'invitation';
  const specs = passwordSpecs(lang);
  const shown = shownForm(lang, state);
  return (
    <>
      <h1>{invitation ? t('invitation.title', { site: siteName }) : t('reset.title')}</h1>
      <p>{invitation ? t('invitation.intro', { email }) : t('reset.intro', { email })}</p>
      <p class="form-hint">{t('password.hint', { min: PASSWORD_MIN_LENGTH })}</p>
      <ErrorSummary specs={specs} errors={shown.errors} lang={lang} />
      <PostForm action={action} csrfToken={csrfToken} novalidate={false}>
        {/* Lets password managers store the new password under the right name. */}
        <input type="hidden" name="username" value={email} autocomplete="username" />
        {specs.map((spec) => (
          <Field spec={spec} shown={shown} lang={lang} />
        ))}
        <button type="submit" class="button button-primary">
          {t(invitation ? 'invitation.submit' : 'reset.submit')}
        </button>
      </PostForm>
    </>
  );
}

export function ExpiredLinkPage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{t(lang, 'link.expired.title')}</h1>
      <p>{t(lang, 'link.expired.text')}</p>
      <p>
        <a href="/password/forgot">{t(lang, 'forgot.title')}</a>
      </p>
    </>
  );
}
