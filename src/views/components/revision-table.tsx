// Earlier figures that a later release changed: from what, to what, in which
// release and why, so that nothing is silently overwritten.
import { formatNumber } from '../../domain/number-format.js';
import type { RevisionView } from '../../services/public/revisions.js';
import { formatDate } from '../format-date.js';
import { formatPeriod } from '../format-figure.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';

export function RevisionTable({
  ctx,
  policyCode,
  revisions,
  precision,
}: {
  ctx: SiteContext;
  policyCode: string;
  revisions: readonly RevisionView[];
  precision: number;
}) {
  const { t, lang, paths } = ctx;
  return (
    <div class="table--responsive-scroll" tabindex={0} role="region" aria-labelledby="revisions-caption">
      <table class="table table--compact">
        <caption id="revisions-caption">{t('revision.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('revision.group')}</th>
            <th scope="col" class="number">
              {t('revision.before')}
            </th>
            <th scope="col" class="number">
              {t('revision.after')}
            </th>
            <th scope="col">{t('revision.release')}</th>
            <th scope="col">{t('revision.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, index) => (
            <tr key={index}>
              <th scope="row">{formatPeriod(r.period, lang)}</th>
              <td>
                <Localized lang={lang} text={r.group.name} />
              </td>
              <td class="number">{formatNumber(r.oldValue, precision, lang)}</td>
              <td class="number">{formatNumber(r.newValue, precision, lang)}</td>
              <td>
                <a href={paths.release(policyCode, r.release.id)}>
                  <Localized lang={lang} text={r.release.title} />
                </a>
                {r.release.publishedOn ? ` (${formatDate(r.release.publishedOn, lang)})` : ''}
              </td>
              <td>{r.reason ? <span lang="da">{r.reason}</span> : t('revision.noReason')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
