// The frame of every page of the admin area and of sign-in, in the Danish
// design system (DKFDS): header with the site and the person signed in, the
// menu their role allows, and the content. Works without JavaScript.
import type { ComponentChildren } from 'preact';
import {
  canBrowseAudit,
  canEditModel,
  canEditSettings,
  canManageUsers,
  canKeepConsultationCatalogue,
  canManageProjectBank,
  canOpenCommitteeMaterial,
  isCommitteeMember,
  isProjectOwner,
  canViewCycle,
  canWriteLetters,
  canManageReleases,
  canSupplyFigures,
  isSecretariat,
} from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { CsrfInput } from './forms/hidden-inputs.js';
import { translator } from '../../i18n/index.js';
import type { MessageKey, Lang } from '../../i18n/index.js';

export type AdminSection =
  | 'dashboard'
  | 'policies'
  | 'focusAreas'
  | 'goals'
  | 'committees'
  | 'administrations'
  | 'groups'
  | 'areas'
  | 'indicators'
  | 'users'
  | 'settings'
  | 'audit'
  | 'plans'
  | 'projects'
  | 'myProjects'
  | 'committeeMaterial'
  | 'consultation'
  | 'cycle'
  | 'letters'
  | 'releases'
  | 'supplier';

export interface AdminLayoutProps {
  lang: Lang;
  title: string;
  siteName: string;
  /** Null on the sign-in pages. */
  user: (Actor & { name: string; email: string }) | null;
  csrfToken: string;
  current?: AdminSection;
  children: ComponentChildren;
}

/** The menu's groups, in the order they are shown. */
type MenuGroup = 'data' | 'cycle' | 'letters' | 'projects' | 'model' | 'users';
const GROUPS: readonly MenuGroup[] = ['data', 'cycle', 'letters', 'projects', 'model', 'users'];

interface MenuItem {
  readonly section: AdminSection;
  readonly href: string;
  readonly label: MessageKey;
  readonly group: MenuGroup;
  readonly allow: (actor: Actor) => boolean;
}

const MENU: readonly MenuItem[] = [
  { group: 'data', section: 'releases', href: '/admin/releases', label: 'nav.releases', allow: canManageReleases },
  { group: 'data', section: 'supplier', href: '/admin/supplier', label: 'nav.supplier', allow: (actor) => canSupplyFigures(actor) && !isSecretariat(actor) },
  { group: 'cycle', section: 'cycle', href: '/admin/cycle', label: 'nav.cycle', allow: canViewCycle },
  { group: 'cycle', section: 'plans', href: '/admin/plans', label: 'nav.plans', allow: canOpenCommitteeMaterial },
  { group: 'cycle', section: 'committeeMaterial', href: '/admin/committee', label: 'nav.committeeMaterial', allow: isCommitteeMember },
  { group: 'cycle', section: 'consultation', href: '/admin/consultation', label: 'nav.consultation', allow: canKeepConsultationCatalogue },
  { group: 'letters', section: 'letters', href: '/admin/letters', label: 'nav.letters', allow: canWriteLetters },
  { group: 'letters', section: 'letters', href: '/admin/letters/mine', label: 'nav.letters', allow: isCommitteeMember },
  { group: 'projects', section: 'projects', href: '/admin/projects', label: 'nav.projects', allow: canManageProjectBank },
  { group: 'projects', section: 'myProjects', href: '/admin/my-projects', label: 'nav.myProjects', allow: isProjectOwner },
  { group: 'model', section: 'policies', href: '/admin/policies', label: 'nav.policies', allow: canEditModel },
  { group: 'model', section: 'focusAreas', href: '/admin/focus-areas', label: 'nav.focusAreas', allow: canEditModel },
  { group: 'model', section: 'goals', href: '/admin/goals', label: 'nav.goals', allow: canEditModel },
  { group: 'model', section: 'indicators', href: '/admin/indicators', label: 'nav.indicators', allow: canEditModel },
  { group: 'model', section: 'committees', href: '/admin/committees', label: 'nav.committees', allow: canEditModel },
  { group: 'model', section: 'administrations', href: '/admin/administrations', label: 'nav.administrations', allow: canEditModel },
  { group: 'model', section: 'groups', href: '/admin/groups', label: 'nav.groups', allow: canEditModel },
  { group: 'model', section: 'areas', href: '/admin/areas', label: 'nav.areas', allow: canEditModel },
  { group: 'users', section: 'users', href: '/admin/users', label: 'nav.users', allow: canManageUsers },
  { group: 'users', section: 'settings', href: '/admin/settings', label: 'nav.settings', allow: canEditSettings },
  { group: 'users', section: 'audit', href: '/admin/audit', label: 'nav.audit', allow: canBrowseAudit },
];

/**
 * The menu: the start page, then one disclosure per group the person has
 * anything in. A <details> opens and closes without JavaScript and with the
 * keyboard; the group holding the current page says so in words, not only
 * by its look.
 */
function AdminMenu({ lang, user, current }: { lang: Lang; user: Actor; current: AdminSection | undefined }) {
  const t = translator(lang);
  const link = (item: Pick<MenuItem, 'section' | 'href' | 'label'>) => (
    <a href={item.href} class={item.section === current ? 'nav-link current' : 'nav-link'} aria-current={item.section === current ? 'page' : undefined}>
      {t(item.label)}
    </a>
  );
  return (
    <ul class="admin-menu">
      <li class="admin-menu-start">{link({ section: 'dashboard', href: '/admin', label: 'nav.dashboard' })}</li>
      {GROUPS.map((group) => {
        const items = MENU.filter((item) => item.group === group && item.allow(user));
        if (items.length === 0) return null;
        const holdsCurrent = items.some((item) => item.section === current);
        return (
          <li class="admin-menu-group">
            <details>
              <summary class={holdsCurrent ? 'current' : undefined}>
                {t(`nav.group.${group}`)}
                {holdsCurrent && <span class="sr-only"> {t('nav.group.current')}</span>}
              </summary>
              <ul>
                {items.map((item) => (
                  <li>{link(item)}</li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

export function AdminLayout({ lang, title, siteName, user, csrfToken, current, children }: AdminLayoutProps) {
  const t = translator(lang);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${siteName} ${t('site.admin').toLowerCase()}`}</title>
        <link rel="stylesheet" href="/assets/admin/dkfds/css/dkfds.min.css" />
        <link rel="stylesheet" href="/assets/admin/admin.css" />
      </head>
      <body>
        <a class="skipnav" href="#main-content">
          {t('admin.skipToContent')}
        </a>
        <header class="header">
          <div class="portal-info">
            <div class="portal-info-inner container">
              <a class="admin-brand" href={user ? '/admin' : '/'}>
                {siteName} · {t('site.admin')}
              </a>
              {user && (
                <div class="portal-user">
                  <p class="user">{t('site.signedInAs', { name: user.name || user.email })}</p>
                  <a class="user-password" href="/account/password">
                    {t('password.new')}
                  </a>
                  <form method="post" action="/logout" class="admin-inline-form">
                    <CsrfInput token={csrfToken} />
                    <button type="submit" class="button button-secondary">
                      {t('site.signOut')}
                    </button>
                  </form>
                </div>
              )}
            </div>
          </div>
          {user && (
            <nav class="navigation-menu" aria-label={t('admin.nav.main')}>
              <div class="navigation-menu-inner container">
                <AdminMenu lang={lang} user={user} current={current} />
              </div>
            </nav>
          )}
        </header>
        <main id="main-content" class="container admin-main">
          {children}
        </main>
        <footer class="container admin-footer">
          <p>
            <a href="/">{t('site.publicSite')}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
