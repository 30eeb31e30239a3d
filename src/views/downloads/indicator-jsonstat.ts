// An indicator's figures as a JSON-stat 2.0 dataset: dimensions indicator
// (the metric, with its unit and decimals), group and period (time), values
// in row-major order with null where a group has no figure, and status `p`
// for provisional and `e` for estimated figures. Labels are in the page's
// language. See https://json-stat.org/full/.
//
// JSON-stat gives units to the metric's categories only, and this metric is
// the indicator: its unit is the headline's (the gap's, for a gap indicator).
// Where a gap indicator's groups have a unit of their own, each group
// category says its unit in a note, and `extension.units` has both.
import type { Lang } from '../../domain/number-format.js';
import { pick, translator } from '../../i18n/index.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { axisPeriods } from '../charts/chart-model.js';
import type { FigurePoint } from '../../services/indicator-figures.js';
import { unitLabel } from '../format-figure.js';
import { hasOwnGroupUnit, unitOfGroups } from '../../domain/indicator-units.js';

export function indicatorJsonStat(detail: IndicatorDetail, lang: Lang): Record<string, unknown> {
  const t = translator(lang);
  const columns: { code: string; label: string; points: readonly FigurePoint[] }[] = detail.groups.map((g) => ({
    code: g.group.code,
    label: pick(lang, g.group.name.da, g.group.name.en),
    points: g.points,
  }));
  if (detail.indicator.headlineKind === 'gap') columns.push({ code: 'gap', label: t('indicator.gap'), points: detail.headlineSeries });
  const periods = axisPeriods(columns.flatMap((c) => c.points.map((p) => p.period))).filter((p) =>
    columns.some((c) => c.points.some((point) => point.period === p.label)),
  );
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  for (const column of columns) {
    for (const period of periods) {
      const point = column.points.find((p) => p.period === period.label);
      if (point?.provisional) status[String(value.length)] = 'p';
      else if (point?.estimated) status[String(value.length)] = 'e';
      value.push(point ? point.value : null);
    }
  }
  const code = detail.indicator.code;
  const headlineUnit = unitLabel(detail.indicator.unit, lang);
  const groupUnit = unitLabel(unitOfGroups(detail.indicator), lang);
  const unitNotes = hasOwnGroupUnit(detail.indicator)
    ? { note: Object.fromEntries(columns.map((c) => [c.code, [t('csv.unit') + ': ' + (c.code === 'gap' ? headlineUnit : groupUnit)]])) }
    : {};
  return {
    version: '2.0',
    class: 'dataset',
    label: pick(lang, detail.indicator.title.da, detail.indicator.title.en),
    source: detail.indicator.source ? pick(lang, detail.indicator.source.da, detail.indicator.source.en) : undefined,
    updated: detail.lastUpdate?.publishedOn,
    id: ['indicator', 'group', 'period'],
    size: [1, columns.length, periods.length],
    role: { time: ['period'], metric: ['indicator'] },
    dimension: {
      indicator: {
        label: t('csv.indicator'),
        category: {
          index: [code],
          label: { [code]: pick(lang, detail.indicator.title.da, detail.indicator.title.en) },
          unit: { [code]: { label: headlineUnit, decimals: detail.indicator.precision } },
        },
      },
      group: {
        label: t('csv.group'),
        category: { index: columns.map((c) => c.code), label: Object.fromEntries(columns.map((c) => [c.code, c.label])), ...unitNotes },
      },
      period: { label: t('csv.period'), category: { index: periods.map((p) => p.label) } },
    },
    value,
    status,
    extension: {
      policy: detail.policy.code,
      direction: detail.indicator.direction,
      headline: detail.indicator.headlineKind,
      units: { headline: headlineUnit, groups: groupUnit },
    },
  };
}
