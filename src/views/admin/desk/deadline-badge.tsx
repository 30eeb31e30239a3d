// How near a deadline is, in words with the status badge's colour and shape:
// passed (red), today or within a week (yellow), later (green). The words
// carry the meaning; colour and shape repeat it.
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { DeskTask } from '../../../services/desk/desk-types.js';
import { StatusBadge } from '../../components/status-badge.js';

const SOON_DAYS = 7;

export function DeadlineBadge({ lang, task }: { lang: Lang; task: Pick<DeskTask, 'overdue' | 'daysLeft'> }) {
  if (task.overdue) return <StatusBadge lang={lang} status={undefined} colour="red" label={t(lang, 'desk.due.lateDays', { days: -task.daysLeft })} />;
  const label = task.daysLeft === 0 ? t(lang, 'desk.due.today') : t(lang, 'desk.due.inDays', { days: task.daysLeft });
  return <StatusBadge lang={lang} status={undefined} colour={task.daysLeft <= SOON_DAYS ? 'yellow' : 'green'} label={label} />;
}
