// What a project led to: its evaluations (planned, then done with a method
// and a result) and the decisions at the end of its period (anchor, extend,
// end). Decisions are never edited: a new decision follows the last.
// Evaluations are the project's editors' (canEditProject); decisions the
// secretariat's. Both asked of the change context's actor.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit.js';
import {
  findEvaluation,
  insertDecision,
  insertEvaluation,
  listDecisions,
  updateEvaluation as updateEvaluationRow,
} from '../../db/repositories/project-follow-up.js';
import type { Database } from '../../db/tables.js';
import { DECISION_KINDS, effectiveEndDate } from '../../domain/projects/decision.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Invalid, NotFound } from '../errors.js';
import { isoDate, optionalText, parseInput, requiredText } from './input-fields.js';
import { requireEditableProject, requireProjectBankManager } from './project-access.js';

const evaluationSchema = z
  .object({
    state: z.enum(['planned', 'done']),
    method: requiredText,
    plannedFor: isoDate.nullish().transform((v) => v ?? null),
    completedOn: isoDate.nullish().transform((v) => v ?? null),
    result: optionalText,
  })
  .refine((e) => e.state === 'planned' || (e.completedOn !== null && e.result !== null), {
    message: 'needs the day it was completed and its result when it is done',
    path: ['state'],
  });
export type EvaluationInput = z.input<typeof evaluationSchema>;

function evaluationColumns(input: z.output<typeof evaluationSchema>) {
  return { state: input.state, method: input.method, planned_for: input.plannedFor, completed_on: input.completedOn, result: input.result };
}

export async function addEvaluation(db: Kysely<Database>, projectId: number, raw: EvaluationInput, ctx: ChangeContext) {
  const input = parseInput(evaluationSchema, raw, 'error.thing.evaluation');
  return inTransaction(db, async (trx) => {
    await requireEditableProject(trx, projectId, ctx.actor);
    const at = ctx.now.toISOString();
    const evaluation = await insertEvaluation(trx, {
      project_id: projectId,
      ...evaluationColumns(input),
      created_at: at,
      created_by: ctx.actor.label,
      updated_at: at,
    });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'add-evaluation', entity: 'project', entityId: projectId, after: evaluation });
    return evaluation;
  });
}

/** Changes an evaluation, typically from planned to done with its result. */
export async function updateEvaluation(db: Kysely<Database>, evaluationId: number, raw: EvaluationInput, ctx: ChangeContext) {
  const input = parseInput(evaluationSchema, raw, 'error.thing.evaluation');
  return inTransaction(db, async (trx) => {
    const before = await findEvaluation(trx, evaluationId);
    if (!before) throw new NotFound('error.evaluation.noSuchId', { id: evaluationId });
    await requireEditableProject(trx, before.project_id, ctx.actor);
    const at = ctx.now.toISOString();
    const evaluation = await updateEvaluationRow(trx, evaluationId, { ...evaluationColumns(input), updated_at: at });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update-evaluation',
      entity: 'project',
      entityId: before.project_id,
      before,
      after: evaluation,
    });
    return evaluation;
  });
}

const decisionSchema = z
  .object({
    kind: z.enum(DECISION_KINDS),
    decidedOn: isoDate,
    extendedUntil: isoDate.nullish().transform((v) => v ?? null),
    note: optionalText,
  })
  .refine((d) => (d.kind === 'extend') === (d.extendedUntil !== null), {
    message: 'is needed for an extension, and only for one',
    path: ['extendedUntil'],
  });
export type DecisionInput = z.input<typeof decisionSchema>;

export async function recordDecision(db: Kysely<Database>, projectId: number, raw: DecisionInput, ctx: ChangeContext) {
  requireProjectBankManager(ctx.actor);
  const input = parseInput(decisionSchema, raw, 'error.thing.decision');
  return inTransaction(db, async (trx) => {
    const project = await requireEditableProject(trx, projectId, ctx.actor);
    if (input.kind === 'extend') {
      const decisions = (await listDecisions(trx, [projectId])).map((d) => ({ kind: d.decision, decidedOn: d.decided_on, extendedUntil: d.extended_until }));
      const currentEnd = effectiveEndDate({ startOn: project.start_on, endOn: project.end_on }, decisions);
      if (input.extendedUntil! <= currentEnd) throw new Invalid('error.project.extendNotLater', { end: currentEnd });
    }
    const at = ctx.now.toISOString();
    const decision = await insertDecision(trx, {
      project_id: projectId,
      decision: input.kind,
      decided_on: input.decidedOn,
      extended_until: input.extendedUntil,
      note: input.note,
      created_at: at,
      created_by: ctx.actor.label,
    });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'record-decision', entity: 'project', entityId: projectId, after: decision });
    return decision;
  });
}
