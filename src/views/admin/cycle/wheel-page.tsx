// The year wheel page: the SVG wheel and, beside it, the same milestones as
// an ordered list with links to their tasks.
import { pick, t } from '../../../i18n/index.js';
import type { CycleOverview, TaskSummary } from '../../../services/cycle/cycle-views.js';
import { TaskTable } from './list-page.js';
import { CycleFrame } from './cycle-frame.js';
import type { CycleFrameProps } from './cycle-frame.js';
import { WheelList, YearWheel } from './year-wheel.js';

function wheelMilestones(lang: 'da' | 'en', overview: CycleOverview) {
  return overview.milestones.map((m) => ({
    id: m.id,
    date: m.date,
    title: pick(lang, m.title.da, m.title.en),
    overdue: m.tasks.filter((t) => t.overdue).length,
  }));
}

export function WheelPage(props: Omit<CycleFrameProps, 'children' | 'current'> & { readonly ownTasks?: readonly TaskSummary[] }) {
  const { lang, overview } = props;
  const milestones = wheelMilestones(lang, overview);
  return (
    <CycleFrame {...props} current="wheel">
      {props.ownTasks && props.ownTasks.length > 0 && (
        <section>
          <h2>{t(lang, 'wheel.ownTasks', { year: overview.year })}</h2>
          <TaskTable lang={lang} tasks={props.ownTasks} byTask />
        </section>
      )}
      <div class="row">
        <div class="col-12 col-lg-7">
          <YearWheel lang={lang} year={overview.year} today={overview.today} milestones={milestones} />
        </div>
        <div class="col-12 col-lg-5">
          <h2>{t(lang, 'wheel.listHeading')}</h2>
          <WheelList lang={lang} today={overview.today} milestones={milestones} hrefOf={(id) => `/admin/cycle/${overview.id}/list#milestone-${id}`} />
        </div>
      </div>
    </CycleFrame>
  );
}
