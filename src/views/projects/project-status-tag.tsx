// A project's status as a dkfds badge: the words carry the meaning, the
// badge's colour only groups them (running, waiting for a decision, anchored).
import type { Lang } from '../../domain/number-format.js';
import type { ProjectStatus } from '../../domain/projects/project-status.js';
import { t } from '../../i18n/index.js';

const BADGE: Record<ProjectStatus, string> = {
  planned: 'badge',
  running: 'badge badge-info',
  awaiting_decision: 'badge badge-warning',
  anchored: 'badge badge-success',
  ended: 'badge',
};

export function ProjectStatusTag({ lang, status }: { lang: Lang; status: ProjectStatus }) {
  return <span class={`project-status ${BADGE[status]}`}>{t(lang, `status.${status}`)}</span>;
}
