// The main navigation: a plain list of links that wraps on narrow screens,
// so it needs no JavaScript menu, and the link to the page in the other language.
import { projectListPath } from '../projects/project-paths.js';
import type { SiteContext } from '../site-context.js';

export type NavItem = 'home' | 'releases' | 'projects' | 'archive' | 'methodology' | 'openData';

export function MainNavigation({ ctx, current, otherLanguageHref }: { ctx: SiteContext; current?: NavItem; otherLanguageHref: string }) {
  const { t, paths, lang } = ctx;
  const items: { id: NavItem; href: string; label: string }[] = [{ id: 'home', href: paths.home(), label: t('nav.home') }];
  if (ctx.currentPolicyCode) items.push({ id: 'releases', href: paths.releases(ctx.currentPolicyCode), label: t('nav.releases') });
  items.push(
    { id: 'projects', href: projectListPath(lang), label: t('nav.projects') },
    { id: 'archive', href: paths.archive(), label: t('nav.archive') },
    { id: 'methodology', href: paths.methodology(), label: t('nav.methodology') },
    { id: 'openData', href: paths.openData(), label: t('nav.openData') },
  );
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <nav class="site-nav" aria-label={t('nav.main')}>
      <div class="container site-nav-inner">
        <ul class="site-nav-list">
          {items.map((item) => (
            <li key={item.id}>
              <a href={item.href} aria-current={item.id === current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <a class="site-nav-language" href={otherLanguageHref} hreflang={other} lang={other}>
          {t('site.otherLanguage')}
        </a>
      </div>
    </nav>
  );
}
