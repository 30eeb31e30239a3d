// The frame of every public page: language, skip link, header with the
// language switch, the demo-data notice, and the footer.
import type { ComponentChildren } from 'preact';
import { translate } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

export interface PageLayoutProps {
  lang: Lang;
  title: string;
  siteName: string;
  /** The same page in the other language. */
  otherLanguageHref: string;
  isDemoData: boolean;
  children: ComponentChildren;
}

export function PageLayout({ lang, title, siteName, otherLanguageHref, isDemoData, children }: PageLayoutProps) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${siteName}`}</title>
        <link rel="stylesheet" href="/assets/barometer.css" />
      </head>
      <body>
        <a class="skip-link" href="#content">
          {t('site.skipToContent')}
        </a>
        <header class="site">
          <strong>{siteName}</strong>
          <nav aria-label={lang === 'da' ? 'Sprog' : 'Language'}>
            <a href={otherLanguageHref} hreflang={lang === 'da' ? 'en' : 'da'} lang={lang === 'da' ? 'en' : 'da'}>
              {t('site.otherLanguage')}
            </a>
          </nav>
        </header>
        <main id="content">
          {isDemoData && (
            <p class="notice" role="note">
              {t('site.demoNotice')}
            </p>
          )}
          {children}
        </main>
        <footer class="site">
          <p>{t('site.footer')}</p>
        </footer>
      </body>
    </html>
  );
}
