// The start page of the admin area, by role.
import { pick, t } from '../../i18n/index.js';
import type { Role } from '../../domain/permissions.js';
import type { Dashboard, DashboardIndicator, DashboardScope } from '../../services/admin/dashboard.js';
import type { Lang } from '../../i18n/index.js';

export interface DashboardPageProps {
  lang: Lang;
  name: string;
  role: Role;
  dashboard: Dashboard;
}

/** Which policy the lists cover, and the link to the other choice. */
function ScopeLine({ lang, scope }: { lang: Lang; scope: DashboardScope }) {
  return (
    <p>
      {scope.kind === 'all'
        ? t(lang, 'dashboard.scope.all')
        : scope.policy && t(lang, 'dashboard.scope.current', { policy: pick(lang, scope.policy.da, scope.policy.en) })}{' '}
      <a href={scope.kind === 'all' ? '/admin' : '/admin?policies=all'}>
        {t(lang, scope.kind === 'all' ? 'dashboard.scope.showCurrent' : 'dashboard.scope.showAll')}
      </a>
    </p>
  );
}

function IndicatorList({ lang, indicators, labelled = false }: { lang: Lang; indicators: readonly DashboardIndicator[]; labelled?: boolean }) {
  if (indicators.length === 0) return <p>{t(lang, 'dashboard.noIndicators')}</p>;
  return (
    <ul>
      {indicators.map((i) => (
        <li>
          {pick(lang, i.title.da, i.title.en)} ({pick(lang, i.unit.da, i.unit.en)}){labelled && ` – ${pick(lang, i.policy.da, i.policy.en)}`}
        </li>
      ))}
    </ul>
  );
}

export function DashboardPage({ lang, name, role, dashboard }: DashboardPageProps) {
  return (
    <>
      <h1>{t(lang, 'dashboard.title')}</h1>
      <p>{t(lang, 'dashboard.welcome', { name })}</p>
      <p>{t(lang, 'dashboard.role', { role: t(lang, `role.${role}`) })}</p>
      {dashboard.kind === 'secretariat' && <p>{t(lang, 'dashboard.secretariat')}</p>}
      {dashboard.kind === 'supplier' && (
        <section>
          <h2>{t(lang, 'dashboard.supplierIndicators', { administration: pick(lang, dashboard.administration.da, dashboard.administration.en) })}</h2>
          <ScopeLine lang={lang} scope={dashboard.scope} />
          <IndicatorList lang={lang} indicators={dashboard.indicators} labelled={dashboard.scope.kind === 'all'} />
        </section>
      )}
      {dashboard.kind === 'committee' && (
        <section>
          <h2>{t(lang, 'dashboard.committeeGoals', { committee: pick(lang, dashboard.committee.da, dashboard.committee.en) })}</h2>
          <ScopeLine lang={lang} scope={dashboard.scope} />
          {dashboard.goals.map((goal) => (
            <>
              <h3>
                {pick(lang, goal.title.da, goal.title.en)}
                {dashboard.scope.kind === 'all' && ` – ${pick(lang, goal.policy.da, goal.policy.en)}`}
              </h3>
              <IndicatorList lang={lang} indicators={goal.indicators} />
            </>
          ))}
        </section>
      )}
      {dashboard.kind === 'projects' && (
        <section>
          <h2>{t(lang, 'dashboard.projects')}</h2>
          {dashboard.projects.length === 0 ? (
            <p>{t(lang, 'dashboard.noProjects')}</p>
          ) : (
            <ul>
              {dashboard.projects.map((project) => (
                <li>
                  <a href={`/admin/projects/${project.id}`}>{project.title}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
