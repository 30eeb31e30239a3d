// An indicator's figures as CSV, one row per figure, with the header row in
// the page's language; a gap indicator also has the gap's rows. Each row has
// the unit of its own figure, in the page's language: a gap indicator's group
// rows may be in another unit than its gap rows. The open-data
// page's bulk download is the same rows for every indicator of the policy.
import type { Lang } from '../../domain/number-format.js';
import { pick, translator } from '../../i18n/index.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { spreadsheetDialect, toCsvFile } from '../../services/csv/write-csv.js';
import type { CsvValue } from '../../services/csv/write-csv.js';
import { unitOfGroups } from '../../domain/indicator-units.js';
import { unitLabel } from '../format-figure.js';

function header(lang: Lang): string[] {
  const t = translator(lang);
  return [t('csv.indicator'), t('csv.title'), t('csv.period'), t('csv.group'), t('csv.value'), t('csv.unit'), t('csv.provisional'), t('csv.estimated')];
}

function figureRows(detail: IndicatorDetail, lang: Lang): CsvValue[][] {
  const t = translator(lang);
  const title = pick(lang, detail.indicator.title.da, detail.indicator.title.en);
  const groupUnit = unitLabel(unitOfGroups(detail.indicator), lang);
  const gapUnit = unitLabel(detail.indicator.unit, lang);
  const rows: CsvValue[][] = [];
  for (const { group, points } of detail.groups) {
    for (const p of points)
      rows.push([detail.indicator.code, title, p.period, pick(lang, group.name.da, group.name.en), p.value, groupUnit, p.provisional, p.estimated]);
  }
  if (detail.indicator.headlineKind === 'gap') {
    for (const p of detail.headlineSeries)
      rows.push([detail.indicator.code, title, p.period, t('indicator.gap'), p.value, gapUnit, p.provisional, p.estimated]);
  }
  return rows;
}

const dialect = (lang: Lang) => spreadsheetDialect(lang, [translator(lang)('csv.yes'), translator(lang)('csv.no')]);

export function indicatorCsv(detail: IndicatorDetail, lang: Lang): string {
  return toCsvFile(header(lang), figureRows(detail, lang), dialect(lang));
}

/** Every indicator's rows in one file, in the order given. */
export function allFiguresCsv(details: readonly IndicatorDetail[], lang: Lang): string {
  return toCsvFile(
    header(lang),
    details.flatMap((detail) => figureRows(detail, lang)),
    dialect(lang),
  );
}
