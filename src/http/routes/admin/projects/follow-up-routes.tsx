// What happens to a project after it starts, from its page: a quarter's
// rating (the project's owner or the secretariat), the record that an
// escalation's step was taken, evaluations, and the end-of-period decision
// (the secretariat). A form with problems brings the page back with the
// problems beside the fields and what was typed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canManageProjectBank, canOpenProjectBank } from '../../../../domain/permissions.js';
import { parseQuarter, quarterIndex, quarterOfDate } from '../../../../domain/projects/quarter.js';
import { formatKroner } from '../../../../i18n/format.js';
import { Invalid, NotFound } from '../../../../services/errors.js';
import { recordMonitoringFollowUp, recordMonitoringReport } from '../../../../services/projects/monitoring.js';
import { addEvaluation, recordDecision, updateEvaluation } from '../../../../services/projects/outcomes.js';
import type { ProjectRecord } from '../../../../services/projects/project-record.js';
import type { ShownForm } from '../../../../views/admin/forms/shown-form.js';
import type { FollowUpForms } from '../../../../views/admin/projects/project-follow-up.js';
import { choice, isoDate, optionalText, requiredText } from '../form-schema.js';
import { formValues } from '../read-form.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { openProject, sendProjectPage } from './project-screens.js';
import { fieldsUnder, problem, readFields, todayOf } from './screen-support.js';
import type { Problems } from './screen-support.js';
import { t } from '../../../../i18n/index.js';

const monitoringSchema = z.object({
  quarter: requiredText(20),
  rating: choice(['green', 'yellow', 'red'] as const, { required: true }),
  comment: requiredText(4000),
});
const followUpSchema = z.object({ followUpQuarter: requiredText(20), followUpOn: isoDate({ required: true }), followUpNote: optionalText(2000) });
const evaluationSchema = z.object({
  state: choice(['planned', 'done'] as const, { required: true }),
  method: requiredText(300),
  plannedFor: isoDate({ required: false }),
  completedOn: isoDate({ required: false }),
  result: optionalText(4000),
});
const decisionSchema = z.object({
  kind: choice(['anchor', 'extend', 'end'] as const, { required: true }),
  decidedOn: isoDate({ required: true }),
  extendedUntil: isoDate({ required: false }),
  decisionNote: optionalText(2000),
});

export function registerFollowUpRoutes(app: FastifyInstance, now: () => Date): void {
  const again =
    (request: FastifyRequest, record: ProjectRecord, forms: Partial<FollowUpForms>, status = 400) =>
    (reply: Parameters<typeof sendProjectPage>[1]) =>
      sendProjectPage(request, reply, record, now, { forms, status });

  app.post('/projects/:id/monitoring', { config: { allow: canOpenProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const record = await openProject(request, idParam(request.params), now);
    const values = formValues(request);
    const read = readFields(monitoringSchema, values, lang);
    const errors: Problems = read.ok ? {} : { ...read.errors };
    if (!record.assessment.isMonitored) errors.quarter = problem(lang, 'error.notMonitored', { threshold: formatKroner(lang, record.thresholdKr) });
    const quarter = read.ok ? parseQuarter(read.data.quarter) : null;
    if (read.ok && !errors.quarter) {
      if (!quarter) errors.quarter = problem(lang, 'error.quarter');
      else if (quarterIndex(quarter) < quarterIndex(quarterOfDate(record.project.startOn))) errors.quarter = problem(lang, 'error.quarterBeforeStart');
      else if (quarterIndex(quarter) > quarterIndex(quarterOfDate(todayOf(now)))) errors.quarter = problem(lang, 'error.quarterFuture');
    }
    if (!read.ok || Object.keys(errors).length > 0) return again(request, record, { monitoring: { values, errors } })(reply);
    await recordMonitoringReport(app.db, record.project.id, read.data, changeContextOf(request, now));
    return reply.redirect(`/admin/projects/${record.project.id}?saved=1#monitoring`, 303);
  });

  app.post('/projects/:id/follow-up', { config: { allow: canManageProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const record = await openProject(request, idParam(request.params), now);
    const values = formValues(request);
    const read = readFields(followUpSchema, values, lang);
    if (!read.ok) return again(request, record, { followUp: { values, errors: read.errors } })(reply);
    const report = record.monitoring.find((m) => m.quarter === read.data.followUpQuarter);
    const wrong = !report ? problem(lang, 'error.noReport') : report.rating === 'green' ? problem(lang, 'error.greenNoFollowUp') : null;
    if (wrong) return again(request, record, { followUp: { values, errors: { followUpQuarter: wrong } } })(reply);
    await recordMonitoringFollowUp(
      app.db,
      record.project.id,
      { quarter: read.data.followUpQuarter, doneOn: read.data.followUpOn, note: read.data.followUpNote },
      changeContextOf(request, now),
    );
    return reply.redirect(`/admin/projects/${record.project.id}?saved=1#monitoring`, 303);
  });

  app.post('/projects/:id/evaluations', { config: { allow: canOpenProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const record = await openProject(request, idParam(request.params), now);
    const values = formValues(request);
    // The form names its fields after the evaluation it changes (`e12.`), or `e0.` for a new one.
    const prefixed = Object.keys(values)
      .map((name) => /^e(\d+)\./.exec(name)?.[1])
      .find((id) => id !== undefined);
    const evaluationId = Number(prefixed ?? 0);
    if (evaluationId !== 0 && !record.evaluations.some((e) => e.id === evaluationId)) throw new NotFound('error.evaluation.notOnProject');
    const prefix = `e${evaluationId}.`;
    const read = readFields(evaluationSchema, fieldsUnder(values, prefix), lang, prefix);
    const errors: Problems = read.ok ? {} : { ...read.errors };
    if (read.ok && read.data.state === 'done' && (read.data.completedOn === null || read.data.result === null)) {
      errors[`${prefix}${read.data.completedOn === null ? 'completedOn' : 'result'}`] = problem(lang, 'error.doneNeedsResult');
    }
    const shown: ShownForm = { values, errors };
    if (!read.ok || Object.keys(errors).length > 0) return again(request, record, { evaluations: { [evaluationId]: shown } })(reply);
    const ctx = changeContextOf(request, now);
    if (evaluationId === 0) await addEvaluation(app.db, record.project.id, read.data, ctx);
    else await updateEvaluation(app.db, evaluationId, read.data, ctx);
    return reply.redirect(`/admin/projects/${record.project.id}?saved=1#evaluation`, 303);
  });

  app.post('/projects/:id/decisions', { config: { allow: canManageProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const record = await openProject(request, idParam(request.params), now);
    const values = formValues(request);
    const read = readFields(decisionSchema, values, lang);
    const errors: Problems = read.ok ? {} : { ...read.errors };
    if (read.ok && (read.data.kind === 'extend') !== (read.data.extendedUntil !== null)) errors.extendedUntil = problem(lang, 'error.extendNeedsDate');
    if (read.ok && read.data.kind === 'extend' && read.data.extendedUntil !== null && read.data.extendedUntil <= record.assessment.effectiveEndOn) {
      errors.extendedUntil = problem(lang, 'error.extendNotLater', { date: record.assessment.effectiveEndOn });
    }
    if (!read.ok || Object.keys(errors).length > 0) return again(request, record, { decision: { values, errors } })(reply);
    try {
      await recordDecision(
        app.db,
        record.project.id,
        { kind: read.data.kind, decidedOn: read.data.decidedOn, extendedUntil: read.data.extendedUntil, note: read.data.decisionNote },
        changeContextOf(request, now),
      );
    } catch (error) {
      if (error instanceof Invalid)
        return again(request, record, { decision: { values, errors: { kind: t(lang, 'common.refused', { reason: error.messageIn(lang) }) } } })(reply);
      throw error;
    }
    return reply.redirect(`/admin/projects/${record.project.id}?saved=1#decision`, 303);
  });
}
