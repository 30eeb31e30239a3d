// The sign-in page: single sign-on first when it is set up, then e-mail and
// password, a link for a forgotten password, and any message about the last
// attempt. A plain form; no JavaScript.
import { CsrfInput } from './forms/hidden-inputs.js';
import { Notice } from './forms/notice.js';
import { translator } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

export interface LoginPageProps {
  lang: Lang;
  csrfToken: string;
  email: string;
  next: string;
  /** The text on the single sign-on button, when single sign-on is set up. */
  ssoLabel: string | null;
  message: { kind: 'success' | 'error' | 'info'; text: string } | null;
}

export function LoginPage({ lang, csrfToken, email, next, ssoLabel, message }: LoginPageProps) {
  const t = translator(lang);
  const nextQuery = next ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <>
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {ssoLabel && (
        <>
          <p>
            <a class="button button-primary" href={`/auth/oidc/start${nextQuery}`}>
              {t('login.sso', { label: ssoLabel })}
            </a>
          </p>
          <p>{t('login.or')}</p>
        </>
      )}
      <form method="post" action="/login" class="admin-form">
        <CsrfInput token={csrfToken} />
        <input type="hidden" name="next" value={next} />
        <div class="form-group">
          <label class="form-label" for="login-email">
            {t('login.email')}
          </label>
          <input class="form-input" type="email" id="login-email" name="email" value={email} autocomplete="username" required />
        </div>
        <div class="form-group">
          <label class="form-label" for="login-password">
            {t('login.password')}
          </label>
          <input class="form-input" type="password" id="login-password" name="password" autocomplete="current-password" required />
        </div>
        <button type="submit" class="button button-primary">
          {t('login.submit')}
        </button>
      </form>
      <p>
        <a href={lang === 'en' ? '/password/forgot?lang=en' : '/password/forgot'}>{t('login.forgot')}</a>
      </p>
      <p>
        <a href={lang === 'en' ? '/login' : '/login?lang=en'} lang={lang === 'en' ? 'da' : 'en'}>
          {t('site.otherLanguage')}
        </a>
      </p>
    </>
  );
}
