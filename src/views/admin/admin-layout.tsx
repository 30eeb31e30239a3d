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

const MENU: readonly { section: AdminSection; href: string; label: MessageKey; allow: (actor: Actor) => boolean }[] = [
  { section: 'dashboard', href: '/admin', label: 'nav.dashboard', allow: () => true },
  { section: 'policies', href: '/admin/policies', label: 'nav.policies', allow: canEditModel },
  { section: 'focusAreas', href: '/admin/focus-areas', label: 'nav.focusAreas', allow: canEditModel },
  { section: 'goals', href: '/admin/goals', label: 'nav.goals', allow: canEditModel },
  { section: 'indicators', href: '/admin/indicators', label: 'nav.indicators', allow: canEditModel },
  { section: 'committees', href: '/admin/committees', label: 'nav.committees', allow: canEditModel },
  { section: 'administrations', href: '/admin/administrations', label: 'nav.administrations', allow: canEditModel },
  { section: 'groups', href: '/admin/groups', label: 'nav.groups', allow: canEditModel },
  { section: 'areas', href: '/admin/areas', label: 'nav.areas', allow: canEditModel },
  { section: 'releases', href: '/admin/releases', label: 'nav.releases', allow: canManageReleases },
  { section: 'supplier', href: '/admin/supplier', label: 'nav.supplier', allow: (actor) => canSupplyFigures(actor) && !isSecretariat(actor) },
  { section: 'plans', href: '/admin/plans', label: 'nav.plans', allow: canOpenCommitteeMaterial },
  { section: 'projects', href: '/admin/projects', label: 'nav.projects', allow: canManageProjectBank },
  { section: 'myProjects', href: '/admin/my-projects', label: 'nav.myProjects', allow: isProjectOwner },
  { section: 'committeeMaterial', href: '/admin/committee', label: 'nav.committeeMaterial', allow: isCommitteeMember },
  { section: 'consultation', href: '/admin/consultation', label: 'nav.consultation', allow: canKeepConsultationCatalogue },
  { section: 'cycle', href: '/admin/cycle', label: 'nav.cycle', allow: canViewCycle },
  { section: 'letters', href: '/admin/letters', label: 'nav.letters', allow: canWriteLetters },
  { section: 'letters', href: '/admin/letters/mine', label: 'nav.letters', allow: isCommitteeMember },
  { section: 'users', href: '/admin/users', label: 'nav.users', allow: canManageUsers },
  { section: 'settings', href: '/admin/settings', label: 'nav.settings', allow: canEditSettings },
  { section: 'audit', href: '/admin/audit', label: 'nav.audit', allow: canBrowseAudit },
];

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
                <ul class="nav-primary admin-menu">
                  {MENU.filter((item) => item.allow(user)).map((item) => (
                    <li>
                      <a
                        href={item.href}
                        class={item.section === current ? 'nav-link current' : 'nav-link'}
                        aria-current={item.section === current ? 'page' : undefined}
                      >
                        <span>{t(item.label)}</span>
                      </a>
                    </li>
                  ))}
                </ul>
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
