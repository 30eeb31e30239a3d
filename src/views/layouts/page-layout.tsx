// The frame of every public page, built on Det Fælles Designsystem (dkfds):
// skip link, header with the site's and the municipality's names, a main
// navigation that works without JavaScript at any width, the language
// switch, breadcrumbs, the demo-data notice, and the footer with contact and
// the accessibility statement.
import type { ComponentChildren } from 'preact';
import type { SiteContext } from '../site-context.js';
import { municipalityName, siteName } from '../site-context.js';
import { Breadcrumbs } from '../components/breadcrumbs.js';
import type { Crumb } from '../components/breadcrumbs.js';
import { MainNavigation } from '../components/main-navigation.js';
import type { NavItem } from '../components/main-navigation.js';
import { SiteFooter } from '../components/site-footer.js';

export interface PageLayoutProps {
  ctx: SiteContext;
  title: string;
  /** The same page in the other language. */
  otherLanguageHref: string;
  isDemoData: boolean;
  /** Links above the heading, home first; the page itself is added last. */
  breadcrumbs?: readonly Crumb[];
  current?: NavItem;
  children: ComponentChildren;
}

export function PageLayout({ ctx, title, otherLanguageHref, isDemoData, breadcrumbs, current, children }: PageLayoutProps) {
  const { lang, t } = ctx;
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${siteName(ctx)}`}</title>
        <link rel="stylesheet" href={ctx.stylesheetHref} />
        <link rel="icon" href="/favicon.ico" sizes="16x16" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="alternate" hreflang={other} href={otherLanguageHref} />
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          {t('site.skipToContent')}
        </a>
        <header class="header">
          <div class="solution-info">
            <div class="solution-info-inner container">
              <div class="solution-heading">
                <a href={ctx.paths.home()}>{siteName(ctx)}</a>
              </div>
              <p class="site-authority">{municipalityName(ctx)}</p>
            </div>
          </div>
          <MainNavigation ctx={ctx} current={current} otherLanguageHref={otherLanguageHref} />
        </header>
        <div class="container page-body">
          {breadcrumbs && <Breadcrumbs ctx={ctx} items={[...breadcrumbs, { label: title }]} />}
          <main id="main-content" tabindex={-1}>
            {isDemoData && (
              <div class="alert alert-info demo-notice" role="note">
                <div class="alert-body">
                  <p class="alert-text">{t('site.demoNotice')}</p>
                </div>
              </div>
            )}
            {children}
          </main>
        </div>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}
