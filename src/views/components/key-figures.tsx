// The figures a status rests on: latest, baseline, the change since each of
// the baseline and the figure before (with its verdict), and the target.
import type { ChangeSince } from '../../domain/status/types.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { formatChange, formatFigure, formatPeriod } from '../format-figure.js';
import type { SiteContext } from '../site-context.js';
import { statusWords } from './status-badge.js';

export function KeyFigures({ ctx, detail }: { ctx: SiteContext; detail: IndicatorDetail }) {
  const { t, lang } = ctx;
  const { unit, precision, target } = detail.indicator;
  const headline = detail.judgement?.series.find((s) => s.key === detail.judgement?.headlineKey);
  const latest = detail.headlineSeries.at(-1);
  const figure = (value: number) => formatFigure(value, precision, unit, lang);
  const change = (since: ChangeSince) => `${formatChange(since.change, precision, unit, lang)} (${statusWords(lang, since.status).toLowerCase()})`;
  return (
    <dl class="key-figures">
      <div>
        <dt>{detail.indicator.headlineKind === 'gap' ? t('indicator.latestGap') : t('indicator.latest')}</dt>
        <dd>
          {latest
            ? `${figure(latest.value)} (${formatPeriod(latest.period, lang)}${latest.provisional ? `, ${t('indicator.provisional')}` : ''})`
            : t('indicator.noFigure')}
        </dd>
      </div>
      {headline?.baseline && (
        <div>
          <dt>{t('indicator.baseline')}</dt>
          <dd>{`${figure(headline.baseline.value)} (${formatPeriod(headline.baseline.period, lang)})`}</dd>
        </div>
      )}
      {headline?.sinceBaseline && (
        <div>
          <dt>{t('status.sinceBaseline')}</dt>
          <dd>{change(headline.sinceBaseline)}</dd>
        </div>
      )}
      {headline?.sincePrevious && (
        <div>
          <dt>{t('status.sincePrevious')}</dt>
          <dd>{change(headline.sincePrevious)}</dd>
        </div>
      )}
      {target && (
        <div>
          <dt>{t('indicator.target')}</dt>
          <dd>
            {figure(target.value)}
            {target.period ? ` (${formatPeriod(target.period, lang)})` : ''}
          </dd>
        </div>
      )}
    </dl>
  );
}
