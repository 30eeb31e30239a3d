// The tasks under a milestone on its edit page: each with its state and a
// remove button while nobody has started it, and a form to add one for a
// committee or an administration.
import { TASK_KINDS } from '../../../domain/cycle/default-milestones.js';
import { AdminDate } from '../admin-date.js';
import { CsrfInput } from '../forms/hidden-inputs.js';
import { translator } from '../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';

export interface MilestoneTasksProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly milestoneId: number;
  readonly date: string;
  readonly tasks: readonly { readonly id: number; readonly name: string; readonly deadline: string; readonly state: string }[];
  readonly committees: readonly { readonly id: number; readonly name: string }[];
  readonly administrations: readonly { readonly id: number; readonly name: string }[];
}

export function MilestoneTasks({ lang, csrfToken, milestoneId, date, tasks, committees, administrations }: MilestoneTasksProps) {
  const t = translator(lang);
  return (
    <section>
      <h2>{t('milestone.tasks')}</h2>
      {tasks.length === 0 ? (
        <p>{t('list.noTasks')}</p>
      ) : (
        <ul>
          {tasks.map((task) => (
            <li>
              <a href={`/admin/cycle/tasks/${task.id}`}>{task.name}</a>, <AdminDate lang={lang} date={task.deadline} />,{' '}
              {t(`state.${task.state}` as MessageKey).toLowerCase()}
              {task.state === 'not_started' ? (
                <form method="post" action={`/admin/cycle/tasks/${task.id}/delete`} class="admin-inline-form">
                  <CsrfInput token={csrfToken} />
                  <input type="hidden" name="confirm" value="yes" />{' '}
                  <button type="submit" class="button button-tertiary">
                    {t('milestone.removeTask', { name: task.name })}
                  </button>
                </form>
              ) : (
                ` (${t('milestone.notRemovable')})`
              )}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/admin/cycle/milestones/${milestoneId}/tasks`} class="admin-form">
        <CsrfInput token={csrfToken} />
        <h3>{t('milestone.addTask')}</h3>
        <div class="form-group">
          <label class="form-label" for="task-assignee">
            {t('milestone.assignee')}
          </label>
          <select class="form-select" id="task-assignee" name="assignee">
            <optgroup label={t('assignee.committee')}>
              {committees.map((c) => (
                <option value={`committee:${c.id}`}>{c.name}</option>
              ))}
            </optgroup>
            <optgroup label={t('assignee.administration')}>
              {administrations.map((a) => (
                <option value={`administration:${a.id}`}>{a.name}</option>
              ))}
            </optgroup>
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="task-kind">
            {t('milestone.taskKind')}
          </label>
          <select class="form-select" id="task-kind" name="kind">
            {TASK_KINDS.map((kind) => (
              <option value={kind}>{t(`kind.${kind}`)}</option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="task-new-deadline">
            {t('task.deadline')}
          </label>
          <span class="form-hint" id="task-new-deadline-hint">
            {t('milestone.dateHint')}
          </span>
          <input class="form-input input-width-s" type="text" id="task-new-deadline" name="deadline" value={date} aria-describedby="task-new-deadline-hint" />
        </div>
        <button type="submit" class="button button-secondary">
          {t('milestone.addTask')}
        </button>
      </form>
    </section>
  );
}
