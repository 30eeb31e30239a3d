// What every page of a year's cycle shares: the heading, the policy, the
// year chooser and the links between the views (wheel, list, board, by
// committee), each shown only to those who may open it.
import type { ComponentChildren } from 'preact';
import { pick, t, translator } from '../../../i18n/index.js';
import type { CycleListing, CycleOverview } from '../../../services/cycle/cycle-views.js';
import { Notice } from '../forms/notice.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';

export type CycleView = 'wheel' | 'list' | 'board' | 'committee';

export interface CycleFrameProps {
  readonly lang: Lang;
  readonly overview: CycleOverview;
  readonly cycles: readonly CycleListing[];
  readonly current: CycleView;
  readonly views: readonly CycleView[];
  readonly heading?: string;
  readonly notice?: { readonly kind: 'success' | 'error'; readonly text: string } | null;
  readonly children: ComponentChildren;
}

const VIEW_PATH: Record<CycleView, string> = { wheel: '', list: '/list', board: '/board', committee: '/committees' };
const VIEW_LABEL: Record<CycleView, MessageKey> = {
  wheel: 'cycle.view.wheel',
  list: 'cycle.view.list',
  board: 'cycle.view.board',
  committee: 'cycle.view.committee',
};

export function cycleHref(cycleId: number, view: CycleView): string {
  return `/admin/cycle/${cycleId}${VIEW_PATH[view]}`;
}

export function CycleFrame({ lang, overview, cycles, current, views, heading, notice, children }: CycleFrameProps) {
  const t = translator(lang);
  return (
    <>
      <h1>{heading ?? t('cycle.heading', { year: overview.year })}</h1>
      <p>{t('cycle.policy', { policy: pick(lang, overview.policyTitle.da, overview.policyTitle.en) })}</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <nav aria-label={t('cycle.views')}>
        <ul class="nolist admin-menu">
          {views.map((view) => (
            <li>
              <a
                href={cycleHref(overview.id, view)}
                aria-current={view === current ? 'page' : undefined}
                class={view === current ? 'nav-link current' : 'nav-link'}
              >
                {t(VIEW_LABEL[view])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {cycles.length > 1 && (
        <form method="get" action="/admin/cycle" class="admin-filter">
          <div class="form-group">
            <label class="form-label" for="cycle-choice">
              {t('cycle.chooseYear')}
            </label>
            <select class="form-select" id="cycle-choice" name="id">
              {cycles.map((c) => (
                <option value={String(c.id)} selected={c.id === overview.id}>
                  {`${c.year} – ${pick(lang, c.policyTitle.da, c.policyTitle.en)}`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button-secondary">
            {t('cycle.show')}
          </button>
        </form>
      )}
      {children}
    </>
  );
}

/** A task's state in words; "overdue" is added in words too, never by colour alone. */
export function stateWords(lang: Lang, task: { readonly state: string; readonly overdue: boolean }): string {
  const state = t(lang, `state.${task.state}` as MessageKey);
  return task.overdue ? `${state}, ${t(lang, 'state.overdue').toLowerCase()}` : state;
}
