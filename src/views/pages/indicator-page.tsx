// One indicator in full: its status and why, the key figures, the chart and
// the same figures as a table, what it measures and how it is judged, when it
// was updated and is next due, revisions of earlier figures, the downloads,
// and how to embed it.
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import type { RenderedPageChart } from '../charts/indicator-chart.js';
import { ChartFigure } from '../components/chart-figure.js';
import { FigureTable } from '../components/figure-table.js';
import { IndicatorFacts } from '../components/indicator-facts.js';
import { IndicatorMissingFigure } from '../components/indicator-missing-figure.js';
import { KeyFigures } from '../components/key-figures.js';
import { Localized, localized } from '../components/localized.js';
import { RevisionTable } from '../components/revision-table.js';
import { StatusBadge } from '../components/status-badge.js';
import { unitName } from '../format-figure.js';
import { hasOwnGroupUnit, unitOfGroups } from '../../domain/indicator-units.js';
import { embedSnippet } from '../embed/embed-snippet.js';
import type { SiteContext } from '../site-context.js';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function IndicatorPage({ ctx, detail, chart }: { ctx: SiteContext; detail: IndicatorDetail; chart: RenderedPageChart }) {
  const { t, lang, paths } = ctx;
  const policy = detail.policy.code;
  const code = detail.indicator.code;
  const hasProvisional = detail.groups.some((g) => g.points.some((p) => p.provisional));
  // A gap indicator whose groups have a unit of their own names both units: the lines share one axis.
  const units = hasOwnGroupUnit(detail.indicator)
    ? t('chart.units', { groups: unitName(unitOfGroups(detail.indicator), lang), gap: unitName(detail.indicator.unit, lang) })
    : t('chart.unit', { unit: unitName(detail.indicator.unit, lang) });
  return (
    <>
      <h1>
        <Localized lang={lang} text={detail.indicator.title} />
      </h1>
      <section class="indicator-status" aria-labelledby="status-heading">
        <h2 id="status-heading" class="h3">
          {t('indicator.status')}
        </h2>
        <p>
          <StatusBadge lang={lang} status={detail.judgement?.status} colour={detail.judgement?.colour ?? 'grey'} />
        </p>
        <p>{detail.explanation ? localized(lang, detail.explanation) : t('indicator.cannotJudge')}</p>
        <KeyFigures ctx={ctx} detail={detail} />
      </section>
      <h2>{t('indicator.development')}</h2>
      <ChartFigure
        ctx={ctx}
        chart={chart}
        provisionalLabel={hasProvisional ? capitalise(t('indicator.provisional')) : null}
        label={t('chart.label', { title: localized(lang, detail.indicator.title) })}
        caption={
          <>
            {units} {t('chart.baselineLine')}
            {detail.indicator.target !== null && ` ${t('chart.targetLine')}`}
            {hasProvisional && ` ${t('chart.provisional')}`}
          </>
        }
      />
      <h2 id="figures">{t('indicator.figures')}</h2>
      <FigureTable ctx={ctx} detail={detail} />
      <h2>{t('indicator.about')}</h2>
      <IndicatorFacts ctx={ctx} detail={detail} />
      <IndicatorMissingFigure ctx={ctx} missing={detail.missingFigure} />
      {detail.revisions.length > 0 && (
        <>
          <h2>{t('revision.heading')}</h2>
          <RevisionTable ctx={ctx} policyCode={policy} revisions={detail.revisions} precision={detail.indicator.precision} />
        </>
      )}
      <h2>{t('download.heading')}</h2>
      <ul class="downloads">
        <li>
          <a href={paths.download(policy, code, 'csv')}>{t('download.csv')}</a> – {t('download.csvHint')}
        </li>
        <li>
          <a href={paths.download(policy, code, 'json')}>{t('download.json')}</a> – {t('download.jsonHint')}
        </li>
        <li>
          <a href={paths.download(policy, code, 'jsonstat')}>{t('download.jsonstat')}</a> – {t('download.jsonstatHint')}
        </li>
      </ul>
      <h2>{t('embed.heading')}</h2>
      <p>
        {t('embed.intro')} <a href={paths.embed(policy, code)}>{t('embed.preview')}</a>
      </p>
      <p>{t('embed.code')}</p>
      <pre class="embed-code">
        <code>{embedSnippet(ctx, policy, code, localized(lang, detail.indicator.title))}</code>
      </pre>
    </>
  );
}
