// One indicator on an overview page: its status, latest figure, and the
// change since the baseline and since the figure before.
import { translate } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import type { IndicatorOverview } from '../../services/policy-overview.js';
import { formatChange, formatFigure } from '../format-figure.js';
import { StatusBadge } from './status-badge.js';

export function IndicatorSummary({ lang, indicator }: { lang: Lang; indicator: IndicatorOverview }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const title = lang === 'en' && indicator.title.en ? indicator.title.en : indicator.title.da;
  const headline = indicator.judgement?.series.find((s) => s.key === indicator.judgement?.headlineKey);
  const figure = (value: number) => formatFigure(value, indicator.precision, indicator.unit, lang);
  const change = (value: number) => formatChange(value, indicator.precision, indicator.unit, lang);
  return (
    <li>
      <p class="indicator-title">{title}</p>
      {indicator.judgement && <StatusBadge lang={lang} status={indicator.judgement.status} colour={indicator.judgement.colour} />}
      <dl class="figures">
        <div>
          <dt>{t('indicator.latest')}:</dt>
          <dd>
            {indicator.latest
              ? `${figure(indicator.latest.value)} (${indicator.latest.period}${indicator.latest.provisional ? `, ${t('indicator.provisional')}` : ''})`
              : t('indicator.noFigure')}
          </dd>
        </div>
        {headline?.sinceBaseline && (
          <div>
            <dt>{t('status.sinceBaseline')} {headline.sinceBaseline.from.period}:</dt>
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
              {indicator.target.period ? ` (${indicator.target.period})` : ''}
            </dd>
          </div>
        )}
      </dl>
      <p class="direction">{indicator.direction === 'increase' ? t('indicator.higherIsBetter') : t('indicator.lowerIsBetter')}</p>
    </li>
  );
}
