// An indicator's figures as CSV, one row per figure, with the header row in
// the page's language. A gap indicator also has the gap's rows.
import type { Lang } from '../../domain/number-format.js';
import { pick, translator } from '../../i18n/index.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { spreadsheetDialect, toCsvFile } from '../../services/csv/write-csv.js';
import type { CsvValue } from '../../services/csv/write-csv.js';

export function indicatorCsv(detail: IndicatorDetail, lang: Lang): string {
  const t = translator(lang);
  const header = [t('csv.indicator'), t('csv.title'), t('csv.period'), t('csv.group'), t('csv.value'), t('csv.unit'), t('csv.provisional'), t('csv.estimated')];
  const title = pick(lang, detail.indicator.title.da, detail.indicator.title.en);
  const rows: CsvValue[][] = [];
  for (const { group, points } of detail.groups) {
    for (const p of points) rows.push([detail.indicator.code, title, p.period, pick(lang, group.name.da, group.name.en), p.value, detail.indicator.unit, p.provisional, p.estimated]);
  }
  if (detail.indicator.headlineKind === 'gap') {
    for (const p of detail.headlineSeries) rows.push([detail.indicator.code, title, p.period, t('indicator.gap'), p.value, detail.indicator.unit, p.provisional, p.estimated]);
  }
  return toCsvFile(header, rows, spreadsheetDialect(lang, [t('csv.yes'), t('csv.no')]));
}
