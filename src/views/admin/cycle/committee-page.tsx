// One committee's year: its tasks in date order. The secretariat chooses the
// committee; a committee member sees its own.
import { pick, translator } from '../../../i18n/index.js';
import { AdminDate } from '../admin-date.js';
import { CycleFrame, stateWords } from './cycle-frame.js';
import type { CycleFrameProps } from './cycle-frame.js';

export interface CommitteePageProps extends Omit<CycleFrameProps, 'children' | 'current'> {
  readonly committee: { readonly id: number; readonly name: string };
  /** Empty for a committee member, who sees only its own. */
  readonly committees: readonly { readonly id: number; readonly name: string }[];
}

export function CommitteePage(props: CommitteePageProps) {
  const { lang, overview, committee, committees } = props;
  const t = translator(lang);
  const rows = overview.milestones.flatMap((m) => m.tasks.map((task) => ({ milestone: m, task })));
  return (
    <CycleFrame {...props} current="committee" heading={t('cycle.committee.heading', { committee: committee.name, year: overview.year })}>
      {committees.length > 0 && (
        <form method="get" action={`/admin/cycle/${overview.id}/committees`} class="admin-filter">
          <div class="form-group">
            <label class="form-label" for="committee-choice">
              {t('committee.choose')}
            </label>
            <select class="form-select" id="committee-choice" name="committee">
              {committees.map((c) => (
                <option value={String(c.id)} selected={c.id === committee.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button-secondary">
            {t('cycle.show')}
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <p>{t('committee.noTasks')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('task.deadline')}</th>
                <th scope="col">{t('task.milestone')}</th>
                <th scope="col">{t('task.state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ milestone, task }) => (
                <tr>
                  <td>
                    <AdminDate lang={lang} date={task.deadline} />
                  </td>
                  <th scope="row">
                    <a href={`/admin/cycle/tasks/${task.id}`}>{pick(lang, milestone.title.da, milestone.title.en)}</a>
                  </th>
                  <td>{task.overdue ? <strong>{stateWords(lang, task)}</strong> : stateWords(lang, task)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </CycleFrame>
  );
}
