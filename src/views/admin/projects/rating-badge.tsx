// A quarterly rating as the public status badge shows a status: colour, a
// shape and the word, so a red rating is never told by colour alone.
import type { MonitoringRating } from '../../../domain/projects/monitoring.js';
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { StatusBadge } from '../../components/status-badge.js';

export function RatingBadge({ lang, rating }: { lang: Lang; rating: MonitoringRating }) {
  return <StatusBadge lang={lang} status={undefined} colour={rating} label={t(lang, `rating.short.${rating}`)} />;
}
