// Gathers the annual status report's model: the statuses per focus area and
// goal after the release, and the committees' status statements of the
// release's year from the annual cycle.
import type { Kysely } from 'kysely';
import type { ReportModel } from '../../domain/letters/view-models.js';
import type { Database } from '../../db/tables.js';
import { getReleaseCompleteness } from '../releases/completeness.js';
import { loadStatementLines } from './cycle-lines.js';
import { loadLetterBasis } from './letter-context.js';
import type { LetterRequest } from './letter-context.js';
import { overallOf, toAreaLine } from './letter-lines.js';

export async function buildReportModel(db: Kysely<Database>, request: LetterRequest & { readonly year?: number }): Promise<ReportModel> {
  const basis = await loadLetterBasis(db, request);
  const lang = request.lang;
  const year = request.year ?? Number(basis.release.published_on.slice(0, 4));
  const completeness = await getReleaseCompleteness(db, basis.release.id, lang);
  const inRelease = new Set(completeness.present.filter((i) => i.figures > 0).map((i) => i.code));
  const areas = basis.overview.focusAreas.map((area) => toAreaLine(area, lang, inRelease));
  return {
    kind: 'report',
    context: basis.context,
    year,
    overall: overallOf(basis.overview.overall, areas, lang),
    areas,
    statements: await loadStatementLines(db, { policyId: basis.policy.id, year, lang }),
  };
}
