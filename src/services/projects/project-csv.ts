// The public project list as CSV: public fields only, one project a row,
// headings in the reader's language that the project import also accepts,
// so an exported list can be read into another Barometer. Text that a
// spreadsheet would run as a formula is neutralised.
import type { Lang } from '../../domain/number-format.js';
import { projectText } from '../../i18n/projects.js';
import type { ProjectMessageKey } from '../../i18n/projects.js';
import { pick } from '../../i18n/index.js';
import type { PublicProjectSummary } from './public-projects.js';

type Column = [heading: ProjectMessageKey, value: (p: PublicProjectSummary, lang: Lang) => string | number | null];

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
  ['field.status', (p, lang) => projectText(lang, `status.${p.status}`)],
];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, which some strip first) as a formula; a leading apostrophe makes
 * it text again. Only text is touched: numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a byte order mark, so spreadsheets read æ, ø and å right. */
export function publicProjectsToCsv(projects: readonly PublicProjectSummary[], lang: Lang): string {
  const lines = [COLUMNS.map(([heading]) => csvCell(projectText(lang, heading))).join(',')];
  for (const project of projects) lines.push(COLUMNS.map(([, value]) => csvCell(value(project, lang))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
