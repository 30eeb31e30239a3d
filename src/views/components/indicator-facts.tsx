// What an indicator measures and how it is judged: definition, unit, which
// way is good, what the status rests on, source, data owner, method and
// tolerance, and when it was last updated and is next due.
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/index.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import type { NextUpdate } from '../../domain/next-update.js';
import { formatDate, formatMonth } from '../format-date.js';
import { formatChange, unitLabel } from '../format-figure.js';
import { hasOwnGroupUnit, unitOfGroups } from '../../domain/indicator-units.js';
import type { SiteContext } from '../site-context.js';
import { Localized, localized } from './localized.js';

function nextUpdateText(ctx: SiteContext, next: NextUpdate): string {
  switch (next.kind) {
    case 'expected':
      return ctx.t('next.expected', { when: localized(ctx.lang, next.expected) });
    case 'due':
      return ctx.t('next.due', { when: formatMonth(next.month, ctx.lang) });
    default:
      return ctx.t(`next.${next.kind}` as MessageKey);
  }
}

function headlineText(ctx: SiteContext, detail: IndicatorDetail): string {
  const name = (ref: IndicatorDetail['headline']['group']) => (ref ? localized(ctx.lang, ref.name) : '?');
  if (detail.indicator.headlineKind === 'total') return ctx.t('facts.headlineTotal');
  if (detail.indicator.headlineKind === 'group') return ctx.t('facts.headlineGroup', { group: name(detail.headline.group) });
  return ctx.t('facts.headlineGap', { group: name(detail.headline.group), reference: name(detail.headline.reference) });
}

export function IndicatorFacts({ ctx, detail }: { ctx: SiteContext; detail: IndicatorDetail }) {
  const { t, lang, paths } = ctx;
  const indicator = detail.indicator;
  const fact = (term: string, value: ComponentChildren) => (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl class="facts">
      {detail.indicator.description && fact(t('facts.definition'), <Localized lang={lang} text={detail.indicator.description} />)}
      {hasOwnGroupUnit(indicator) ? (
        <>
          {fact(t('facts.groupUnit'), unitLabel(unitOfGroups(indicator), lang))}
          {fact(t('facts.gapUnit'), unitLabel(indicator.unit, lang))}
        </>
      ) : (
        fact(t('facts.unit'), unitLabel(indicator.unit, lang))
      )}
      {fact(t('facts.direction'), indicator.direction === 'increase' ? t('indicator.higherIsBetter') : t('indicator.lowerIsBetter'))}
      {fact(t('facts.headline'), headlineText(ctx, detail))}
      {fact(t('facts.source'), detail.indicator.source ? <Localized lang={lang} text={detail.indicator.source} /> : t('facts.unknown'))}
      {fact(t('facts.owner'), detail.dataOwner ? <Localized lang={lang} text={detail.dataOwner} /> : t('facts.unknown'))}
      {fact(
        t('facts.method'),
        <>
          {t(`method.${detail.indicator.method}` as MessageKey)} (
          <a href={`${paths.methodology()}#method-${detail.indicator.method}`}>{t('facts.aboutMethod')}</a>)
        </>,
      )}
      {fact(
        t('facts.tolerance'),
        indicator.tolerance > 0
          ? t('facts.toleranceText', { amount: formatChange(indicator.tolerance, indicator.precision, indicator.unit, lang).replace(/^\+/, '') })
          : t('facts.noTolerance'),
      )}
      {fact(t('facts.frequency'), t(`frequency.${indicator.updateFrequency}` as MessageKey))}
      {fact(
        t('facts.lastUpdate'),
        detail.lastUpdate ? (
          <>
            {formatDate(detail.lastUpdate.publishedOn, lang)} (
            <a href={paths.release(detail.policy.code, detail.lastUpdate.releaseId)}>
              <Localized lang={lang} text={detail.lastUpdate.title} />
            </a>
            )
          </>
        ) : (
          t('facts.never')
        ),
      )}
      {fact(t('facts.nextUpdate'), nextUpdateText(ctx, detail.nextUpdate))}
      {fact(
        t('facts.goal'),
        <a href={paths.goal(detail.policy.code, detail.goal.code)}>
          {t('front.goal')} {detail.goal.number}: <Localized lang={lang} text={detail.goal.title} />
        </a>,
      )}
    </dl>
  );
}
