// One release: when it was published, its note, how complete it was, the new
// figures it brought, the earlier figures it revised and why, and what was
// missing, who owes it and when it is expected.
import type { ReleaseFigureView, ReleaseSummary } from '../../services/public/release-history.js';
import { Localized } from '../components/localized.js';
import { MissingFigures } from '../components/missing-figures.js';
import { completenessText } from '../components/release-box.js';
import { formatDate } from '../format-date.js';
import { formatFigure, formatPeriod } from '../format-figure.js';
import type { SiteContext } from '../site-context.js';

export interface ReleasePageProps {
  ctx: SiteContext;
  policyCode: string;
  release: ReleaseSummary;
  figures: readonly ReleaseFigureView[];
}

export function ReleasePage({ ctx, policyCode, release, figures }: ReleasePageProps) {
  const { t, lang } = ctx;
  const added = figures.filter((f) => f.replacedValue === null);
  const revised = figures.filter((f) => f.replacedValue !== null);
  return (
    <>
      <h1>
        <Localized lang={lang} text={release.title} />
      </h1>
      <p class="font-lead">{t('release.publishedOn', { date: formatDate(release.publishedOn, lang) })}</p>
      {release.note && (
        <p>
          <Localized lang={lang} text={release.note} />
        </p>
      )}
      <p class="completeness">{completenessText(ctx, release)}</p>
      <h2>{t('release.newFigures')}</h2>
      {added.length === 0 ? (
        <p>{t('release.noNewFigures')}</p>
      ) : (
        <ReleaseFigureTable ctx={ctx} policyCode={policyCode} figures={added} id="new" caption={t('release.newFiguresCaption')} />
      )}
      <h2>{t('release.revisions')}</h2>
      {revised.length === 0 ? (
        <p>{t('release.noRevisions')}</p>
      ) : (
        <ReleaseFigureTable ctx={ctx} policyCode={policyCode} figures={revised} id="revised" caption={t('release.revisionsCaption')} />
      )}
      <h2>{t('release.missingHeading')}</h2>
      {release.missing.length === 0 ? <p>{t('release.nothingMissing')}</p> : <MissingFigures ctx={ctx} policyCode={policyCode} missing={release.missing} />}
    </>
  );
}

function ReleaseFigureTable({
  ctx,
  policyCode,
  figures,
  id,
  caption,
}: {
  ctx: SiteContext;
  policyCode: string;
  figures: readonly ReleaseFigureView[];
  id: string;
  caption: string;
}) {
  const { t, lang, paths } = ctx;
  const isRevision = id === 'revised';
  return (
    <div class="table--responsive-scroll" tabindex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table class="table table--compact">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('release.indicator')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('revision.group')}</th>
            {isRevision && (
              <th scope="col" class="number">
                {t('revision.before')}
              </th>
            )}
            <th scope="col" class="number">
              {isRevision ? t('revision.after') : t('release.value')}
            </th>
            {isRevision && <th scope="col">{t('revision.reason')}</th>}
          </tr>
        </thead>
        <tbody>
          {figures.map((f, index) => (
            <tr key={index}>
              <td>
                <a href={paths.indicator(policyCode, f.indicatorCode)}>
                  <Localized lang={lang} text={f.indicatorTitle} />
                </a>
              </td>
              <td>{formatPeriod(f.period, lang)}</td>
              <td>
                <Localized lang={lang} text={f.group.name} />
              </td>
              {isRevision && <td class="number">{formatFigure(f.replacedValue ?? 0, f.precision, f.unit, lang)}</td>}
              <td class="number">
                {formatFigure(f.value, f.precision, f.unit, lang)}
                {f.provisional && <span class="figure-note"> ({t('indicator.provisional')})</span>}
              </td>
              {isRevision && <td>{f.reason ? <span lang="da">{f.reason}</span> : t('revision.noReason')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
