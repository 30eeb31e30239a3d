// The dashboard of who has delivered what: a table with one row per
// committee or administration and one column per milestone with tasks. Each
// cell states the task's state in words, and "overdue" in words as well.
import { pick, translator } from '../../../i18n/index.js';
import { AdminDate } from '../admin-date.js';
import type { DeliveryBoard } from '../../../services/cycle/cycle-views.js';
import { CycleFrame, stateWords } from './cycle-frame.js';
import type { CycleFrameProps } from './cycle-frame.js';

export function BoardPage(props: Omit<CycleFrameProps, 'children' | 'current'> & { readonly board: DeliveryBoard }) {
  const { lang, board, overview } = props;
  const t = translator(lang);
  return (
    <CycleFrame {...props} current="board" heading={t('board.heading', { year: overview.year })}>
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption>{t('board.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.assignee')}</th>
              {board.milestones.map((m) => (
                <th scope="col">
                  {pick(lang, m.title.da, m.title.en)}
                  <br />
                  <span class="weight-normal">
                    <AdminDate lang={lang} date={m.date} />
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <tr>
                <th scope="row">{pick(lang, row.assignee.name.da, row.assignee.name.en)}</th>
                {row.cells.map((cell) => (
                  <td>
                    {cell === null ? (
                      t('board.none')
                    ) : (
                      <a href={`/admin/cycle/tasks/${cell.id}`}>{cell.overdue ? <strong>{stateWords(lang, cell)}</strong> : stateWords(lang, cell)}</a>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CycleFrame>
  );
}
