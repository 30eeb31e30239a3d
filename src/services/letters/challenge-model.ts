// Gathers the challenge letter's model for one committee: the goals it
// answers for with their indicators' statuses, the committees it shares them
// with, what the cycle asks it to deliver, and its consultation catalogue.
import type { Kysely } from 'kysely';
import type { CatalogueLine, ChallengeModel } from '../../domain/letters/view-models.js';
import { longDate } from '../../domain/letters/words.js';
import { listCommittees } from '../../db/repositories/organisation.js';
import type { Database } from '../../db/tables.js';
import { getConsultationCatalogue } from '../consultation/consultation-catalogue.js';
import { NotFound } from '../errors.js';
import { getReleaseCompleteness } from '../releases/completeness.js';
import { loadDeadlineLines } from './cycle-lines.js';
import { loadLetterBasis } from './letter-context.js';
import type { LetterRequest } from './letter-context.js';
import { inLang, toGoalLine, toVerdictWords } from './letter-lines.js';
import { loadPlanLine } from './plan-lines.js';
import { t } from '../../i18n/index.js';

export async function buildChallengeModel(
  db: Kysely<Database>,
  request: LetterRequest & { readonly committeeCode: string; readonly withEconomy?: boolean },
): Promise<ChallengeModel> {
  const basis = await loadLetterBasis(db, request);
  const lang = request.lang;
  const committee = basis.overview.committees.find((c) => c.code === request.committeeCode);
  const row = (await listCommittees(db)).find((c) => c.code === request.committeeCode);
  if (!committee || !row) throw new NotFound('error.letter.committeeWithoutGoals', { code: request.committeeCode, policy: basis.policy.code });
  const completeness = await getReleaseCompleteness(db, basis.release.id, lang);
  const inRelease = new Set(completeness.present.filter((i) => i.figures > 0).map((i) => i.code));
  const goals = basis.overview.focusAreas
    .flatMap((a) => a.goals)
    .filter((g) => g.committees.some((c) => c.code === committee.code))
    .map((g) => toGoalLine(g, lang, inRelease));
  const catalogue = await getConsultationCatalogue(db, { committeeId: row.id, policyId: basis.policy.id });
  const catalogueLines: CatalogueLine[] = catalogue.sections.map((section) => ({
    heading: section.goal ? `${t(lang, 'field.goal')} ${section.goal.number}: ${inLang(section.goal.title, lang)}` : t(lang, 'catalogue.otherInputs'),
    entries: section.entries.map((entry) => ({
      title: entry.title,
      origin: [t(lang, `catalogue.source.${entry.sourceKind}`), longDate(entry.receivedOn, lang), entry.author ?? t(lang, 'catalogue.anonymous')].join(' · '),
      body: entry.body,
      status: t(lang, `catalogue.status.${entry.status}`),
    })),
  }));
  return {
    kind: 'challenge',
    context: basis.context,
    committee: { code: committee.code, name: inLang(committee.name, lang) },
    ...toVerdictWords(committee.status, lang),
    goals,
    deliveries: await loadDeadlineLines(db, { policyId: basis.policy.id, from: request.date, lang, committeeCode: committee.code }),
    catalogue: catalogueLines,
    plan: await loadPlanLine(db, {
      committeeId: row.id,
      policyId: basis.policy.id,
      year: Number(request.date.slice(0, 4)),
      goals: basis.overview.focusAreas.flatMap((a) => a.goals).map((g) => toGoalLine(g, lang, inRelease)),
      lang,
      withEconomy: request.withEconomy ?? false,
    }),
  };
}
