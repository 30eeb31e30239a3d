// The inputs of a policy's consultation: where each came from (public
// meeting, micro-panel or think tank, blog, written answer), when, from whom
// (or anonymously), what it said, what became of it, and the goals and
// committees it concerns. Every change is a transaction with an audit row.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit.js';
import {
  deleteConsultationInput as deleteInputRow,
  findConsultationInput,
  insertConsultationInput,
  replaceConsultationTags,
  updateConsultationInputAtVersion,
} from '../../db/repositories/consultation.js';
import type { Database } from '../../db/tables.js';
import { canKeepConsultationCatalogue } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import { id, isoDate, optionalText, parseInput, requiredText } from '../projects/input-fields.js';
import { requireCommittees, requireGoals, requirePolicy, uniqueIds } from '../projects/model-lookup.js';

export const CONSULTATION_SOURCE_KINDS = ['public_meeting', 'micro_panel', 'blog', 'written_answer'] as const;
export const CONSULTATION_STATUSES = ['used', 'inspiration', 'set_aside'] as const;

const inputSchema = z.object({
  policyId: id,
  sourceKind: z.enum(CONSULTATION_SOURCE_KINDS),
  receivedOn: isoDate,
  /** The organisation or person; left out for an anonymous input. */
  author: optionalText,
  title: requiredText,
  body: requiredText,
  status: z.enum(CONSULTATION_STATUSES),
  goalIds: z.array(id).default([]),
  committeeIds: z.array(id).default([]),
});
export type ConsultationInput = z.input<typeof inputSchema>;
type ValidInput = z.output<typeof inputSchema>;

/** Replaces the input's goal and committee tags; returns them for the audit row. */
async function writeTags(trx: Kysely<Database>, inputId: number, input: ValidInput) {
  const tags = { goalIds: uniqueIds(input.goalIds), committeeIds: uniqueIds(input.committeeIds) };
  await replaceConsultationTags(trx, inputId, tags);
  return tags;
}

async function checkReferences(trx: Kysely<Database>, input: ValidInput) {
  await requirePolicy(trx, input.policyId);
  await requireGoals(trx, input.goalIds, input.policyId);
  await requireCommittees(trx, uniqueIds(input.committeeIds));
}

function columnsOf(input: ValidInput) {
  return {
    policy_id: input.policyId,
    source_kind: input.sourceKind,
    received_on: input.receivedOn,
    author: input.author,
    title: input.title,
    body: input.body,
    status: input.status,
  };
}

export async function createConsultationInput(db: Kysely<Database>, raw: ConsultationInput, ctx: ChangeContext) {
  if (!canKeepConsultationCatalogue(ctx.actor)) throw new Forbidden('error.consultation.secretariatOnly');
  const input = parseInput(inputSchema, raw, 'error.thing.consultationInput');
  return inTransaction(db, async (trx) => {
    await checkReferences(trx, input);
    const at = ctx.now.toISOString();
    const row = await insertConsultationInput(trx, { ...columnsOf(input), created_at: at, created_by: ctx.actor.label, updated_at: at });
    const tags = await writeTags(trx, row.id, input);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'consultation_input', entityId: row.id, after: { ...row, ...tags } });
    return row;
  });
}

/** Replaces an input's content and tags, if it is still at `version`. */
export async function updateConsultationInput(db: Kysely<Database>, inputId: number, version: number, raw: ConsultationInput, ctx: ChangeContext) {
  if (!canKeepConsultationCatalogue(ctx.actor)) throw new Forbidden('error.consultation.secretariatOnly');
  const input = parseInput(inputSchema, raw, 'error.thing.consultationInput');
  return inTransaction(db, async (trx) => {
    const before = await findConsultationInput(trx, inputId);
    if (!before) throw new NotFound('error.consultation.noSuchId', { id: inputId });
    await checkReferences(trx, input);
    const at = ctx.now.toISOString();
    const row = await updateConsultationInputAtVersion(trx, inputId, version, { ...columnsOf(input), updated_at: at });
    if (!row) throw new Conflict('error.consultation.changedMeanwhile', { id: inputId });
    const tags = await writeTags(trx, inputId, input);
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'consultation_input',
      entityId: inputId,
      before,
      after: { ...row, ...tags },
    });
    return row;
  });
}

export async function deleteConsultationInput(db: Kysely<Database>, inputId: number, ctx: ChangeContext): Promise<void> {
  if (!canKeepConsultationCatalogue(ctx.actor)) throw new Forbidden('error.consultation.secretariatOnly');
  await inTransaction(db, async (trx) => {
    const before = await findConsultationInput(trx, inputId);
    if (!before) throw new NotFound('error.consultation.noSuchId', { id: inputId });
    await deleteInputRow(trx, inputId);
    await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'delete', entity: 'consultation_input', entityId: inputId, before });
  });
}
