// Gathers the orientation letter's model: the release's completeness, the
// statuses and roll-ups of the policy overview, where progress is clearest
// and where it stalls (domain/progress-ranking), and the cycle's coming
// deadlines from the letter's date.
import type { Kysely } from 'kysely';
import { rankAreasByProgress } from '../../domain/progress-ranking.js';
import { periodName } from '../../domain/status/explain/wording.js';
import type { MissingLine, OrientationModel } from '../../domain/letters/view-models.js';
import type { Database } from '../../db/tables.js';
import { getReleaseCompleteness } from '../releases/completeness.js';
import { loadLetterBasis } from './letter-context.js';
import type { LetterRequest } from './letter-context.js';
import { inLang, overallOf, toAreaLine } from './letter-lines.js';
import { loadDeadlineLines } from './cycle-lines.js';

export async function buildOrientationModel(db: Kysely<Database>, request: LetterRequest): Promise<OrientationModel> {
  const basis = await loadLetterBasis(db, request);
  const lang = request.lang;
  const completeness = await getReleaseCompleteness(db, basis.release.id, lang);
  const inRelease = new Set(completeness.present.filter((i) => i.figures > 0).map((i) => i.code));
  const areas = basis.overview.focusAreas.map((area) => toAreaLine(area, lang, inRelease));
  const ranking = rankAreasByProgress(areas.map((a) => ({ id: a.number, colours: a.goals.flatMap((g) => g.indicators.map((i) => i.colour)) })));
  const clearest = ranking[0] && ranking[0].balance > 0 ? ranking[0].id : null;
  const stalling = ranking
    .filter((r) => r.judged > 0 && r.balance <= 0)
    .map((r) => r.id)
    .sort((a, b) => a - b);
  const missing: MissingLine[] = completeness.missing.map((m) => ({
    indicator: m.title,
    administration: m.note?.administration ?? m.owner?.name ?? null,
    since: m.note?.missingSince ? periodName(m.note.missingSince, lang) : null,
    reason: m.note?.reason ?? null,
    expected: m.note?.expected ?? null,
  }));
  return {
    kind: 'orientation',
    context: basis.context,
    // The letter comes from one committee (the setting); it goes to the others.
    recipients: basis.overview.committees.filter((c) => c.code !== basis.settings.letter_sending_committee).map((c) => inLang(c.name, lang)),
    withFigure: completeness.withFigure,
    total: completeness.total,
    missing,
    overall: overallOf(basis.overview.overall, areas, lang),
    areas,
    clearest,
    stalling,
    deadlines: await loadDeadlineLines(db, { policyId: basis.policy.id, from: request.date, lang, limit: 10 }),
  };
}
