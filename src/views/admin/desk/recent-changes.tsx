// The latest rows of the audit log on an administrator's desk, in words.
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { RecentChange } from '../../../services/desk/desk-types.js';
import { AdminMoment } from '../admin-date.js';
import { auditActionWords, auditEntityWords } from '../audit-words.js';

export function RecentChangesSection({ lang, changes }: { lang: Lang; changes: readonly RecentChange[] }) {
  return (
    <section aria-labelledby="desk-changes">
      <h2 id="desk-changes">{t(lang, 'desk.changes.title')}</h2>
      {changes.length === 0 ? (
        <p>{t(lang, 'desk.changes.none')}</p>
      ) : (
        <ul class="desk-list">
          {changes.map((change) => (
            <li>
              <AdminMoment lang={lang} at={change.at} />:{' '}
              <a href={`/admin/audit/${change.id}`}>
                {t(lang, 'desk.changes.line', {
                  actor: change.actor,
                  action: auditActionWords(lang, change.action),
                  entity: auditEntityWords(lang, change.entity),
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/admin/audit">{t(lang, 'desk.changes.all')}</a>
      </p>
    </section>
  );
}
