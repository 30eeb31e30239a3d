// One indicator in a list: its title (a link to its page), its status, latest
// figure, and the change since the baseline and since the figure before.
import type { IndicatorOverview } from '../../services/policy-overview.js';
import { formatChange, formatFigure, formatPeriod } from '../format-figure.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';
import { StatusBadge } from './status-badge.js';

export function IndicatorSummary({ ctx, policyCode, indicator }: { ctx: SiteContext; policyCode: string; indicator: IndicatorOverview }) {
  const { t, lang } = ctx;
  const judgement = indicator.judgement;
  const headline = judgement?.series.find((s) => s.key === judgement.headlineKey);
  const figure = (value: number) => formatFigure(value, indicator.precision, indicator.unit, lang);
  const change = (value: number) => formatChange(value, indicator.precision, indicator.unit, lang);
  const latest = indicator.latest;
  return (
    <li class="indicator-card">
      <p class="indicator-title">
        <a href={ctx.paths.indicator(policyCode, indicator.code)}>
          <Localized lang={lang} text={indicator.title} />
        </a>
        {indicator.isMain && <span class="main-indicator"> ({t('indicator.main')})</span>}
      </p>
      <StatusBadge lang={lang} status={judgement?.status} colour={judgement?.colour ?? 'grey'} />
      <dl class="figures">
        <div>
          <dt>{indicator.headlineKind === 'gap' ? t('indicator.latestGap') : t('indicator.latest')}:</dt>
          <dd>
            {latest
              ? `${figure(latest.value)} (${formatPeriod(latest.period, lang)}${latest.provisional ? `, ${t('indicator.provisional')}` : ''})`
              : t('indicator.noFigure')}
          </dd>
        </div>
        {headline?.sinceBaseline && (
          <div>
            <dt>{t('status.sinceBaselineIn', { period: formatPeriod(headline.sinceBaseline.from.period, lang) })}:</dt>
            <dd>{change(headline.sinceBaseline.change)}</dd>
          </div>
        )}
        {headline?.sincePrevious && (
          <div>
            <dt>{t('status.sincePrevious')}:</dt>
            <dd>{change(headline.sincePrevious.change)}</dd>
          </div>
        )}
        {indicator.target && (
          <div>
            <dt>{t('indicator.target')}:</dt>
            <dd>
              {figure(indicator.target.value)}
              {indicator.target.period ? ` (${formatPeriod(indicator.target.period, lang)})` : ''}
            </dd>
          </div>
        )}
      </dl>
      <p class="direction">{indicator.direction === 'increase' ? t('indicator.higherIsBetter') : t('indicator.lowerIsBetter')}</p>
    </li>
  );
}
