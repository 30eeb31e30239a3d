// A committee member's desk: the committee's open tasks with names and
// deadlines, then the goals it answers for, each with its status (colour,
// shape and words) and its indicators' statuses.
import { pick, t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { CommitteeDesk, DeskStatus } from '../../../services/desk/desk-types.js';
import { StatusBadge } from '../../components/status-badge.js';
import { ScopeLine } from './scope-line.js';
import { TaskList } from './task-list.js';

function Status({ lang, status }: { lang: Lang; status: DeskStatus | null }) {
  if (!status) return <StatusBadge lang={lang} status={undefined} colour="grey" />;
  return <StatusBadge lang={lang} status={status.status} colour={status.colour} label={lang === 'en' ? status.words.en : status.words.da} />;
}

export function CommitteeDeskView({ lang, desk }: { lang: Lang; desk: CommitteeDesk }) {
  const committee = pick(lang, desk.committee.da, desk.committee.en);
  return (
    <>
      <section aria-labelledby="desk-tasks">
        <h2 id="desk-tasks">{t(lang, 'desk.committee.tasks')}</h2>
        <TaskList lang={lang} tasks={desk.tasks} />
      </section>
      <section aria-labelledby="desk-goals">
        <h2 id="desk-goals">{t(lang, 'dashboard.committeeGoals', { committee })}</h2>
        <ScopeLine lang={lang} scope={desk.scope} />
        {desk.goals.map((goal) => (
          <>
            <h3>
              {pick(lang, goal.title.da, goal.title.en)}
              {desk.scope.kind === 'all' && ` – ${pick(lang, goal.policy.da, goal.policy.en)}`}
            </h3>
            <p>
              {t(lang, 'desk.committee.goalStatus')} <Status lang={lang} status={goal.status} />
            </p>
            {goal.indicators.length === 0 ? (
              <p>{t(lang, 'dashboard.noIndicators')}</p>
            ) : (
              <ul class="desk-list">
                {goal.indicators.map((i) => (
                  <li>
                    {pick(lang, i.title.da, i.title.en)}: <Status lang={lang} status={i.status} />
                  </li>
                ))}
              </ul>
            )}
          </>
        ))}
      </section>
    </>
  );
}
