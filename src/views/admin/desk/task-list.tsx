// Cycle tasks on the desk: each named by its milestone, with its deadline as
// a Danish date and how near it is; linked to the task's page.
import { pick, t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { DeskTask, TasksOfAssignee } from '../../../services/desk/desk-types.js';
import { AdminDate } from '../admin-date.js';
import { DeadlineBadge } from './deadline-badge.js';

export function TaskList({ lang, tasks, withAssignee = false }: { lang: Lang; tasks: readonly DeskTask[]; withAssignee?: boolean }) {
  if (tasks.length === 0) return <p>{t(lang, 'desk.tasks.none')}</p>;
  return (
    <ul class="desk-list">
      {tasks.map((task) => (
        <li>
          <a href={`/admin/cycle/tasks/${task.id}`}>{lang === 'en' ? task.title.en : task.title.da}</a>
          {withAssignee && ` – ${pick(lang, task.assignee.name.da, task.assignee.name.en)}`}, {t(lang, 'desk.task.deadline')}{' '}
          <AdminDate lang={lang} date={task.deadline} /> <DeadlineBadge lang={lang} task={task} />
        </li>
      ))}
    </ul>
  );
}

/** Tasks under the committee or administration that owes them. */
export function TasksByAssignee({ lang, groups }: { lang: Lang; groups: readonly TasksOfAssignee[] }) {
  return (
    <>
      {groups.map((group) => (
        <>
          <h4>{pick(lang, group.assignee.name.da, group.assignee.name.en)}</h4>
          <TaskList lang={lang} tasks={group.tasks} />
        </>
      ))}
    </>
  );
}
