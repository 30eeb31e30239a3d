// The consultation catalogue for one committee: the inputs tagged with the
// committee, or with a goal the committee answers for, grouped under the
// policy's goals in their order. An input with several goals is listed once,
// under the first of them, so the document never repeats itself.
import type { Kysely } from 'kysely';
import { listConsultationCommitteeTags, listConsultationGoalTags, listConsultationInputs } from '../../db/repositories/consultation.js';
import { findCommitteeById } from '../../db/repositories/model-references.js';
import { findCurrentPolicy, listGoalCommittees, listGoals } from '../../db/repositories/policies.js';
import type { ConsultationSourceKind, ConsultationStatus, Database } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import type { Text } from '../policy-overview.js';
import { requirePolicy } from '../projects/model-lookup.js';

export interface CatalogueEntry {
  readonly id: number;
  readonly title: string;
  readonly body: string;
  readonly sourceKind: ConsultationSourceKind;
  readonly receivedOn: string;
  /** Null for an anonymous input. */
  readonly author: string | null;
  readonly status: ConsultationStatus;
  readonly goalNumbers: readonly number[];
}

export interface ConsultationCatalogue {
  readonly committee: { readonly code: string; readonly name: Text };
  readonly policy: { readonly code: string; readonly title: Text };
  readonly sections: readonly { readonly goal: { readonly number: number; readonly title: Text } | null; readonly entries: readonly CatalogueEntry[] }[];
  readonly count: number;
}

export async function getConsultationCatalogue(
  db: Kysely<Database>,
  options: { committeeId: number; policyId?: number; statuses?: readonly ConsultationStatus[] },
): Promise<ConsultationCatalogue> {
  const committee = await findCommitteeById(db, options.committeeId);
  if (!committee) throw new NotFound('error.committee.noSuchId', { id: options.committeeId });
  const policy = options.policyId === undefined ? await findCurrentPolicy(db) : await requirePolicy(db, options.policyId);
  if (!policy) throw new NotFound('error.policy.noCurrent');
  const [inputs, goalTags, committeeTags, goals, responsibilities] = await Promise.all([
    listConsultationInputs(db, policy.id),
    listConsultationGoalTags(db, policy.id),
    listConsultationCommitteeTags(db),
    listGoals(db, policy.id),
    listGoalCommittees(db, policy.id),
  ]);
  const ledGoals = new Set(responsibilities.filter((r) => r.committee_id === committee.id && r.role === 'lead').map((r) => r.goal_id));
  const taggedHere = new Set(committeeTags.filter((t) => t.committee_id === committee.id).map((t) => t.input_id));
  const goalsOf = (inputId: number) => goalTags.filter((t) => t.input_id === inputId);
  const wanted = inputs.filter(
    (input) =>
      (!options.statuses || options.statuses.includes(input.status)) && (taggedHere.has(input.id) || goalsOf(input.id).some((t) => ledGoals.has(t.goal_id))),
  );
  const entryOf = (input: (typeof inputs)[number]): CatalogueEntry => ({
    id: input.id,
    title: input.title,
    body: input.body,
    sourceKind: input.source_kind,
    receivedOn: input.received_on,
    author: input.author,
    status: input.status,
    goalNumbers: goalsOf(input.id).map((t) => t.number),
  });
  const firstGoal = (inputId: number) => goalsOf(inputId)[0]?.goal_id ?? null;
  const sections = [
    ...goals.map((g) => ({
      goal: { number: g.number, title: { da: g.title_da, en: g.title_en } },
      entries: wanted.filter((i) => firstGoal(i.id) === g.id).map(entryOf),
    })),
    { goal: null, entries: wanted.filter((i) => firstGoal(i.id) === null).map(entryOf) },
  ].filter((section) => section.entries.length > 0);
  return {
    committee: { code: committee.code, name: { da: committee.name_da, en: committee.name_en } },
    policy: { code: policy.code, title: { da: policy.title_da, en: policy.title_en } },
    sections,
    count: wanted.length,
  };
}
