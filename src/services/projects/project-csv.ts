// The public project list as CSV: public fields only, one project a row,
// headings in the reader's language that the project import also accepts,
// so an exported list can be read into another Barometer. Written like every
// public download (the one CSV writer): Danish `;`, English `,`, formulas
// neutralised.
import type { Lang } from '../../domain/number-format.js';
import { pick, t } from '../../i18n/index.js';
import type { PublicProjectSummary } from './public-projects.js';
import { spreadsheetDialect, toCsvFile } from '../csv/write-csv.js';
import type { MessageKey } from '../../i18n/index.js';

type Column = [heading: MessageKey, value: (p: PublicProjectSummary, lang: Lang) => string | number | null];

const COLUMNS: readonly Column[] = [
  ['projects.field.reference', (p) => p.reference],
  ['field.title', (p) => p.title],
  ['field.description', (p) => p.description],
  ['projects.field.owner', (p) => p.owner],
  ['field.committee', (p, lang) => pick(lang, p.committee.name.da, p.committee.name.en)],
  ['field.administration', (p, lang) => (p.administration ? pick(lang, p.administration.name.da, p.administration.name.en) : null)],
  ['projects.field.goals', (p) => p.goals.map((g) => g.code).join(', ')],
  ['field.start', (p) => p.startOn],
  ['field.end', (p) => p.effectiveEndOn],
  ['projects.field.budget', (p) => p.budgetKr],
  ['projects.field.cofunding', (p) => p.cofundingKr],
  ['field.fundingSource', (p) => p.fundingSource],
  ['field.targetGroup', (p) => p.targetGroup],
  ['field.contact', (p) => p.contact],
  ['field.status', (p, lang) => t(lang, `status.${p.status}`)],
];

/** The list as a spreadsheet in the reader's language opens it. */
export function publicProjectsToCsv(projects: readonly PublicProjectSummary[], lang: Lang): string {
  const headings = COLUMNS.map(([heading]) => t(lang, heading));
  const records = projects.map((project) => COLUMNS.map(([, value]) => value(project, lang)));
  return toCsvFile(headings, records, spreadsheetDialect(lang));
}
