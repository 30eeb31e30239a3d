// A data supplier's desk: what it owes to the current release and by when
// (the figures tasks' deadlines), then every indicator it delivers.
import { pick, t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { SupplierDesk } from '../../../services/desk/desk-types.js';
import { ScopeLine } from './scope-line.js';
import { TaskList } from './task-list.js';

export function SupplierDeskView({ lang, desk }: { lang: Lang; desk: SupplierDesk }) {
  const administration = pick(lang, desk.administration.da, desk.administration.en);
  return (
    <>
      {desk.release && (
        <section aria-labelledby="desk-owed">
          <h2 id="desk-owed">{t(lang, 'desk.supplier.owed', { administration, release: desk.release.title })}</h2>
          {desk.owed.length === 0 ? (
            <p>{t(lang, 'desk.supplier.owedNone')}</p>
          ) : (
            <ul class="desk-list">
              {desk.owed.map((owed) => (
                <li>
                  {owed.title}
                  {owed.period && ` (${t(lang, 'desk.supplier.period', { period: owed.period })})`}
                  {owed.expected && ` – ${t(lang, 'desk.release.expected', { expected: owed.expected })}`}
                  {owed.reason && `. ${owed.reason}`}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href="/admin/supplier">{t(lang, 'desk.supplier.deliver')}</a>
          </p>
        </section>
      )}
      <section aria-labelledby="desk-tasks">
        <h2 id="desk-tasks">{t(lang, 'desk.supplier.tasks')}</h2>
        <TaskList lang={lang} tasks={desk.tasks} />
      </section>
      <section aria-labelledby="desk-indicators">
        <h2 id="desk-indicators">{t(lang, 'dashboard.supplierIndicators', { administration })}</h2>
        <ScopeLine lang={lang} scope={desk.scope} />
        {desk.indicators.length === 0 ? (
          <p>{t(lang, 'dashboard.noIndicators')}</p>
        ) : (
          <ul class="desk-list">
            {desk.indicators.map((i) => (
              <li>
                {pick(lang, i.title.da, i.title.en)} ({i.unit}){desk.scope.kind === 'all' && ` – ${pick(lang, i.policy.da, i.policy.en)}`}
                {i.latestPeriod && ` – ${t(lang, 'desk.supplier.latest', { period: i.latestPeriod })}`}
                {i.nextPeriod && `, ${t(lang, 'desk.supplier.next', { period: i.nextPeriod })}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
