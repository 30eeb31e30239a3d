// On the public indicator page, while its figure is owed: why it is missing,
// which administration owes it, since when, and when it is expected, as the
// secretariat recorded it in a release (services/releases/outstanding-missing.ts).
import type { OutstandingMissingFigure } from '../../services/releases/outstanding-missing.js';
import type { ComponentChildren } from 'preact';
import { formatWhen } from '../format-date.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';

export function IndicatorMissingFigure({ ctx, missing }: { ctx: SiteContext; missing: OutstandingMissingFigure | null }) {
  if (!missing) return null;
  const { t, lang } = ctx;
  const fact = (label: string, value: ComponentChildren) => (
    <div>
      <dt>{label}:</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section class="indicator-missing" aria-labelledby="missing-figure-heading">
      <h2 id="missing-figure-heading">{t('indicatorMissing.heading')}</h2>
      <dl class="missing-facts">
        {fact(t('missing.reason'), missing.reason ? <Localized lang={lang} text={missing.reason} /> : t('missing.unexplained'))}
        {missing.administration && fact(t('missing.owedBy'), <Localized lang={lang} text={missing.administration} />)}
        {missing.missingSince && fact(t('missing.since'), formatWhen(missing.missingSince, lang))}
        {missing.expected && fact(t('missing.expected'), <Localized lang={lang} text={missing.expected} />)}
      </dl>
    </section>
  );
}
