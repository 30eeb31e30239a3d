// The list view: each milestone with its date, description and tasks (state
// in words, overdue said in words), edit links for the secretariat, and the
// forms to create another year's cycle and to set the reminder days.
import { pick, translator } from '../../../i18n/index.js';
import { AdminDate } from '../admin-date.js';
import { isDelivered } from '../../../domain/cycle/task-state.js';
import type { TaskSummary } from '../../../services/cycle/cycle-views.js';
import { CycleFrame, stateWords } from './cycle-frame.js';
import type { CycleFrameProps } from './cycle-frame.js';
import { CreateCycleForm, ReminderSettingsForm } from './cycle-forms.js';
import type { CreateCycleFormProps } from './cycle-forms.js';
import type { Lang } from '../../../i18n/index.js';

export interface ListPageProps extends Omit<CycleFrameProps, 'children' | 'current'> {
  readonly canManage: boolean;
  readonly csrfToken: string;
  readonly create: Omit<CreateCycleFormProps, 'lang' | 'csrfToken'> | null;
  readonly reminderDays: number | null;
  /** Whether the person may open a task's page; others see the name without a link. */
  readonly canOpenTask: (task: TaskSummary) => boolean;
}

export function ListPage(props: ListPageProps) {
  const { lang, overview, canManage, csrfToken } = props;
  const t = translator(lang);
  return (
    <CycleFrame {...props} current="list">
      {overview.milestones.map((m) => {
        const delivered = m.tasks.filter((task) => isDelivered(task.state)).length;
        const overdue = m.tasks.filter((task) => task.overdue).length;
        const description = m.description.da === null ? null : pick(lang, m.description.da, m.description.en);
        return (
          <section id={`milestone-${m.id}`}>
            <h2>
              <AdminDate lang={lang} date={m.date} />: {pick(lang, m.title.da, m.title.en)}
            </h2>
            {description && <p>{description}</p>}
            {m.tasks.length === 0 ? (
              <p>{t('list.noTasks')}</p>
            ) : (
              <>
                <p>
                  {t('list.taskCount', { delivered, count: m.tasks.length })}
                  {overdue > 0 ? `; ${t('list.overdueCount', { count: overdue })}` : ''}
                </p>
                <TaskTable lang={lang} tasks={m.tasks} canOpen={props.canOpenTask} />
              </>
            )}
            {canManage && (
              <p>
                <a href={`/admin/cycle/milestones/${m.id}/edit`}>{t('list.edit')}</a>
              </p>
            )}
          </section>
        );
      })}
      {canManage && (
        <p>
          <a class="button button-secondary" href={`/admin/cycle/${overview.id}/milestones/new`}>
            {t('list.add')}
          </a>
        </p>
      )}
      {props.create && <CreateCycleForm lang={lang} csrfToken={csrfToken} {...props.create} />}
      {props.reminderDays !== null && <ReminderSettingsForm lang={lang} csrfToken={csrfToken} days={props.reminderDays} cycleId={overview.id} />}
    </CycleFrame>
  );
}

/** `byTask` names each row by the task instead of its assignee: for one assignee's own tasks. */
export function TaskTable({
  lang,
  tasks,
  canOpen = () => true,
  byTask = false,
}: {
  lang: Lang;
  tasks: readonly TaskSummary[];
  canOpen?: (task: TaskSummary) => boolean;
  byTask?: boolean;
}) {
  const t = translator(lang);
  return (
    <div class="table--responsive-scroll">
      <table class="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t(byTask ? 'task.milestone' : 'task.assignee')}</th>
            <th scope="col">{t('task.deadline')}</th>
            <th scope="col">{t('task.state')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const name = byTask ? pick(lang, task.title.da, task.title.en) : pick(lang, task.assignee.name.da, task.assignee.name.en);
            return (
              <tr>
                <th scope="row">{canOpen(task) ? <a href={`/admin/cycle/tasks/${task.id}`}>{name}</a> : name}</th>
                <td>
                  <AdminDate lang={lang} date={task.deadline} />
                </td>
                <td>{task.overdue ? <strong>{stateWords(lang, task)}</strong> : stateWords(lang, task)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
