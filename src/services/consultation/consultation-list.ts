// The consultation inputs of a policy with their tags, for the screen where
// the secretariat keeps the catalogue; filtered by committee, goal or status.
import type { Kysely } from 'kysely';
import { listConsultationCommitteeTags, listConsultationGoalTags, listConsultationInputs } from '../../db/repositories/consultation.js';
import type { ConsultationSourceKind, ConsultationStatus, Database } from '../../db/tables.js';

export interface ConsultationInputView {
  readonly id: number;
  readonly version: number;
  readonly sourceKind: ConsultationSourceKind;
  readonly receivedOn: string;
  readonly author: string | null;
  readonly title: string;
  readonly body: string;
  readonly status: ConsultationStatus;
  readonly goals: readonly { readonly id: number; readonly code: string; readonly number: number }[];
  readonly committees: readonly { readonly id: number; readonly code: string }[];
}

export async function listConsultationInputViews(
  db: Kysely<Database>,
  policyId: number,
  filter: { committeeId?: number; goalId?: number; status?: ConsultationStatus } = {},
): Promise<ConsultationInputView[]> {
  const [inputs, goalTags, committeeTags] = await Promise.all([
    listConsultationInputs(db, policyId),
    listConsultationGoalTags(db, policyId),
    listConsultationCommitteeTags(db),
  ]);
  return inputs
    .map((input) => ({
      id: input.id,
      version: input.version,
      sourceKind: input.source_kind,
      receivedOn: input.received_on,
      author: input.author,
      title: input.title,
      body: input.body,
      status: input.status,
      goals: goalTags.filter((t) => t.input_id === input.id).map((t) => ({ id: t.goal_id, code: t.code, number: t.number })),
      committees: committeeTags.filter((t) => t.input_id === input.id).map((t) => ({ id: t.committee_id, code: t.code })),
    }))
    .filter(
      (view) =>
        (filter.status === undefined || view.status === filter.status) &&
        (filter.goalId === undefined || view.goals.some((g) => g.id === filter.goalId)) &&
        (filter.committeeId === undefined || view.committees.some((c) => c.id === filter.committeeId)),
    );
}
