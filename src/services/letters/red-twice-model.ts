// Gathers the red-twice letter's model: the project, its quarterly ratings
// in the letter's words, the goals it serves as the release judges them,
// and the committee responsible for it. A letter is written only while the
// escalation ladder asks for one: the latest two reports red in a row.
import type { Kysely } from 'kysely';
import type { RatingLine, RedTwiceModel } from '../../domain/letters/view-models.js';
import { longDate } from '../../domain/letters/words.js';
import { addDays } from '../../domain/cycle/iso-dates.js';
import { currentEscalation } from '../../domain/projects/escalation.js';
import { periodName } from '../../domain/status/explain/wording.js';
import { listCommittees } from '../../db/repositories/organisation.js';
import { findProject, listProjectGoals } from '../../db/repositories/projects.js';
import type { Database } from '../../db/tables.js';
import { formatKroner } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { Invalid, NotFound } from '../errors.js';
import { toMonitoringReport, loadMonitoringReports } from '../projects/project-facts.js';
import { getReleaseCompleteness } from '../releases/completeness.js';
import { loadLetterBasis } from './letter-context.js';
import type { LetterRequest } from './letter-context.js';
import { inLang, toGoalLine } from './letter-lines.js';

/** How long the committee is given to answer. */
const ANSWER_WITHIN_DAYS = 28;

export async function buildRedTwiceModel(db: Kysely<Database>, request: LetterRequest & { readonly projectId: number }): Promise<RedTwiceModel> {
  const project = Number.isSafeInteger(request.projectId) ? await findProject(db, request.projectId) : undefined;
  if (!project) throw new NotFound('error.project.noSuchId', { id: request.projectId });
  const reports = (await loadMonitoringReports(db, [project.id])).get(project.id) ?? [];
  const escalation = currentEscalation(reports.map(toMonitoringReport));
  if (escalation.consecutiveReds < 2) throw new Invalid('error.letter.notRedTwice', { id: project.id });
  const basis = await loadLetterBasis(db, request);
  const lang = request.lang;
  const committee = (await listCommittees(db)).find((c) => c.id === project.committee_id)!;
  const completeness = await getReleaseCompleteness(db, basis.release.id, lang);
  const inRelease = new Set(completeness.present.filter((i) => i.figures > 0).map((i) => i.code));
  const goalNumbers = new Set((await listProjectGoals(db, [project.id])).map((g) => g.number));
  const goals = basis.overview.focusAreas
    .flatMap((a) => a.goals)
    .filter((g) => goalNumbers.has(g.number))
    .map((g) => toGoalLine(g, lang, inRelease));
  const ratings: RatingLine[] = reports.map((r) => ({
    quarter: periodName(r.quarter, lang),
    colour: r.rating,
    rating: t(lang, `rating.${r.rating}`),
    comment: r.comment,
    followUp: r.follow_up_on ? `${longDate(r.follow_up_on, lang)}: ${r.follow_up_note ?? ''}`.trim().replace(/:$/, '') : null,
  }));
  return {
    kind: 'red_twice',
    context: basis.context,
    committee: { code: committee.code, name: inLang({ da: committee.name_da, en: committee.name_en }, lang) },
    project: {
      id: project.id,
      reference: project.reference,
      title: project.title,
      owner: project.owner,
      period: `${longDate(project.start_on, lang)} – ${longDate(project.end_on, lang)}`,
      cofunding: formatKroner(lang, project.cofunding_kr),
      contact: project.contact,
    },
    redQuarters: ratings.slice(-escalation.consecutiveReds).map((r) => r.quarter),
    ratings,
    goals,
    answerBy: addDays(request.date, ANSWER_WITHIN_DAYS),
  };
}
