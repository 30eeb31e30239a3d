// Quarterly monitoring of co-funded projects: a green, yellow or red rating
// with a comment per quarter, and the record that the step an escalation
// asked for (contact, action plan, committee letter) has been taken. A
// report is the project's editors' (canEditProject), the follow-up the
// secretariat's; both asked of the change context's actor.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit.js';
import { findMonitoringReport, setMonitoringFollowUp, upsertMonitoringReport } from '../../db/repositories/project-follow-up.js';
import type { Database } from '../../db/tables.js';
import { MONITORING_RATINGS, isMonitored } from '../../domain/projects/monitoring.js';
import { parseQuarter, quarterIndex, quarterLabel, quarterOfDate } from '../../domain/projects/quarter.js';
import type { Quarter } from '../../domain/projects/quarter.js';
import { inTransaction, toIsoDate } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Invalid, NotFound } from '../errors.js';
import { isoDate, optionalText, parseInput, requiredText } from './input-fields.js';
import { readMonitoringThreshold } from './monitoring-threshold.js';
import { requireEditableProject, requireProjectBankManager } from './project-access.js';

const quarterText = z.string().transform((text, ctx) => {
  const quarter = parseQuarter(text);
  if (!quarter) ctx.addIssue({ code: 'custom', message: 'must be a quarter such as 2012 Q3' });
  return quarter as Quarter;
});

const reportSchema = z.object({ quarter: quarterText, rating: z.enum(MONITORING_RATINGS), comment: requiredText });
export type MonitoringReportInput = z.input<typeof reportSchema>;

/**
 * Records (or corrects) a project's report for a quarter. Only monitored
 * projects are reported on, and only for quarters from the project's start
 * up to the present one. A correction that changes the rating reopens the
 * follow-up, since the step asked for is then another.
 */
export async function recordMonitoringReport(db: Kysely<Database>, projectId: number, raw: MonitoringReportInput, ctx: ChangeContext) {
  const input = parseInput(reportSchema, raw, 'error.thing.monitoringReport');
  return inTransaction(db, async (trx) => {
    const project = await requireEditableProject(trx, projectId, ctx.actor);
    const thresholdKr = await readMonitoringThreshold(trx);
    if (!isMonitored(project.cofunding_kr, thresholdKr)) {
      throw new Invalid('error.project.notMonitored', { id: projectId, threshold: thresholdKr });
    }
    const index = quarterIndex(input.quarter);
    if (index < quarterIndex(quarterOfDate(project.start_on))) throw new Invalid('error.project.quarterBeforeStart', { quarter: quarterLabel(input.quarter) });
    if (index > quarterIndex(quarterOfDate(toIsoDate(ctx.now)))) throw new Invalid('error.project.quarterFuture', { quarter: quarterLabel(input.quarter) });
    const before = await findMonitoringReport(trx, projectId, index);
    const keepFollowUp = before?.rating === input.rating;
    const at = ctx.now.toISOString();
    const report = await upsertMonitoringReport(trx, {
      project_id: projectId,
      quarter: quarterLabel(input.quarter),
      quarter_index: index,
      rating: input.rating,
      comment: input.comment,
      follow_up_on: keepFollowUp ? before.follow_up_on : null,
      follow_up_note: keepFollowUp ? before.follow_up_note : null,
      created_at: at,
      created_by: ctx.actor.label,
      updated_at: at,
    });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: before ? 'correct-monitoring' : 'record-monitoring',
      entity: 'project',
      entityId: projectId,
      before,
      after: report,
    });
    return report;
  });
}

const followUpSchema = z.object({ quarter: quarterText, doneOn: isoDate, note: optionalText });
export type FollowUpInput = z.input<typeof followUpSchema>;

/** Records that the step a yellow or red report asked for has been taken. */
export async function recordMonitoringFollowUp(db: Kysely<Database>, projectId: number, raw: FollowUpInput, ctx: ChangeContext) {
  requireProjectBankManager(ctx.actor);
  const input = parseInput(followUpSchema, raw, 'error.thing.followUp');
  return inTransaction(db, async (trx) => {
    await requireEditableProject(trx, projectId, ctx.actor);
    const before = await findMonitoringReport(trx, projectId, quarterIndex(input.quarter));
    if (!before) throw new NotFound('error.project.noReport', { id: projectId, quarter: quarterLabel(input.quarter) });
    if (before.rating === 'green') throw new Invalid('error.project.greenNoFollowUp');
    const at = ctx.now.toISOString();
    const report = await setMonitoringFollowUp(trx, before.id, { follow_up_on: input.doneOn, follow_up_note: input.note, updated_at: at });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'record-follow-up', entity: 'project', entityId: projectId, before, after: report });
    return report;
  });
}
