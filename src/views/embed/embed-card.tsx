// The embeddable indicator card: a small page meant for an iframe on the
// city's own site. It carries its own few styles, so it loads without the
// site's stylesheet, and links to the full indicator page in a new window.
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { formatChange, formatFigure, formatPeriod } from '../format-figure.js';
import { Localized, localized } from '../components/localized.js';
import { StatusBadge } from '../components/status-badge.js';
import type { SiteContext } from '../site-context.js';
import { siteName } from '../site-context.js';
import { EMBED_CSS } from './embed-css.js';

export function EmbedCard({ ctx, detail, chartSvg }: { ctx: SiteContext; detail: IndicatorDetail; chartSvg: string }) {
  const { t, lang } = ctx;
  const { unit, precision } = detail.indicator;
  const latest = detail.headlineSeries.at(-1);
  const headline = detail.judgement?.series.find((s) => s.key === detail.judgement?.headlineKey);
  const title = localized(lang, detail.indicator.title);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${siteName(ctx)}`}</title>
        <style dangerouslySetInnerHTML={{ __html: EMBED_CSS }} />
      </head>
      <body>
        <main class="card">
          <p class="site">{siteName(ctx)}</p>
          <h1>
            <Localized lang={lang} text={detail.indicator.title} />
          </h1>
          <p>
            <StatusBadge lang={lang} status={detail.judgement?.status} colour={detail.judgement?.colour ?? 'grey'} />
          </p>
          <dl>
            <div>
              <dt>{detail.indicator.headlineKind === 'gap' ? t('indicator.latestGap') : t('indicator.latest')}:</dt>
              <dd>{latest ? `${formatFigure(latest.value, precision, unit, lang)} (${formatPeriod(latest.period, lang)})` : t('indicator.noFigure')}</dd>
            </div>
            {headline?.sinceBaseline && (
              <div>
                <dt>{t('status.sinceBaselineIn', { period: formatPeriod(headline.sinceBaseline.from.period, lang) })}:</dt>
                <dd>{formatChange(headline.sinceBaseline.change, precision, unit, lang)}</dd>
              </div>
            )}
          </dl>
          <div class="chart" role="img" aria-label={t('chart.label', { title })} dangerouslySetInnerHTML={{ __html: chartSvg }} />
          {detail.indicator.target !== null && <p class="note">{t('chart.targetLine')}</p>}
          <p>
            <a href={ctx.paths.indicator(detail.policy.code, detail.indicator.code)} target="_blank" rel="noopener">
              {t('embed.readMore')}
            </a>
          </p>
          {detail.isDemoData && <p class="demo">{t('site.demoNotice')}</p>}
        </main>
      </body>
    </html>
  );
}
