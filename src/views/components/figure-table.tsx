// The indicator's figures as a table: one row per period, one column per
// group, and the gap when the indicator is judged on one. Provisional and
// estimated figures and the baseline are said in words, not only marked.
import { formatNumber } from '../../domain/number-format.js';
import type { FigurePoint } from '../../services/indicator-figures.js';
import { pick } from '../../i18n/index.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { axisPeriods } from '../charts/chart-model.js';
import { formatPeriod, unitLabel, unitName } from '../format-figure.js';
import { hasOwnGroupUnit, unitOfGroups } from '../../domain/indicator-units.js';
import type { Text } from '../../domain/text.js';
import type { SiteContext } from '../site-context.js';

interface Column {
  readonly heading: string;
  readonly points: ReadonlyMap<string, FigurePoint>;
}

export function FigureTable({ ctx, detail }: { ctx: SiteContext; detail: IndicatorDetail }) {
  const { t, lang } = ctx;
  const indicator = detail.indicator;
  // When the groups and the gap are in different units, every column says its own.
  const ownUnits = hasOwnGroupUnit(indicator);
  const withUnit = (heading: string, unit: Text) => (ownUnits ? `${heading} (${unitLabel(unit, lang)})` : heading);
  const columns: Column[] = detail.groups.map((g) => ({
    heading: withUnit(pick(lang, g.group.name.da, g.group.name.en), unitOfGroups(indicator)),
    points: new Map(g.points.map((p) => [p.period, p])),
  }));
  if (indicator.headlineKind === 'gap')
    columns.push({ heading: withUnit(t('indicator.gap'), indicator.unit), points: new Map(detail.headlineSeries.map((p) => [p.period, p])) });
  const caption = ownUnits
    ? t('table.captionUnits', { groups: unitName(unitOfGroups(indicator), lang), gap: unitName(indicator.unit, lang) })
    : t('table.caption', { unit: unitName(indicator.unit, lang) });
  const periods = axisPeriods(columns.flatMap((c) => [...c.points.keys()])).filter((p) => columns.some((c) => c.points.has(p.label)));
  const baselinePeriod = detail.judgement?.series.find((s) => s.key === detail.judgement?.headlineKey)?.baseline?.period;
  const cell = (point: FigurePoint | undefined) => {
    if (!point) return <td class="empty">{t('table.noFigure')}</td>;
    const notes = [point.provisional && t('indicator.provisional'), point.estimated && t('indicator.estimated')].filter(Boolean);
    return (
      <td class="number">
        {formatNumber(point.value, detail.indicator.precision, lang)}
        {notes.length > 0 && <span class="figure-note"> ({notes.join(', ')})</span>}
      </td>
    );
  };
  return (
    <div class="table--responsive-scroll" tabindex={0} role="region" aria-labelledby="figures-caption">
      <table class="table table--compact figure-table">
        <caption id="figures-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.period')}</th>
            {columns.map((c) => (
              <th scope="col" class="number" key={c.heading}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.label}>
              <th scope="row">
                {formatPeriod(period.label, lang)}
                {period.label === baselinePeriod && <span class="figure-note"> ({t('indicator.baseline').toLowerCase()})</span>}
              </th>
              {columns.map((c) => cell(c.points.get(period.label)))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
