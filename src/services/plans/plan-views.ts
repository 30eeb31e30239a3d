// Reading action plans: one plan in any of its versions (the newest unless
// asked), with the list of versions, and the plans of a year or committee.
import type { Kysely } from 'kysely';
import { findCommitteeById } from '../../db/repositories/model-references.js';
import { findActionPlan, listActionPlans, listLatestPlanVersions, listPlanVersions } from '../../db/repositories/plans.js';
import type { Database } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import type { Text } from '../policy-overview.js';
import { loadInitiatives } from './plan-initiatives.js';
import type { InitiativeView } from './plan-initiatives.js';

export interface PlanVersionSummary {
  readonly number: number;
  readonly title: string;
  readonly revisionNote: string | null;
  readonly approvedOn: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface ActionPlanView {
  readonly id: number;
  readonly policyId: number;
  readonly year: number;
  readonly committee: { readonly id: number; readonly code: string; readonly name: Text };
  readonly versions: readonly PlanVersionSummary[];
  readonly shown: PlanVersionSummary & { readonly summary: string | null; readonly initiatives: readonly InitiativeView[] };
}

export async function getActionPlan(db: Kysely<Database>, planId: number, options: { version?: number } = {}): Promise<ActionPlanView> {
  const plan = await findActionPlan(db, planId);
  if (!plan) throw new NotFound('error.plan.noSuchId', { id: planId });
  const versions = await listPlanVersions(db, planId);
  const shown = options.version === undefined ? versions.at(-1) : versions.find((v) => v.number === options.version);
  if (!shown) throw new NotFound('error.plan.noSuchVersion', { id: planId, version: String(options.version) });
  const [committee, initiatives] = await Promise.all([findCommitteeById(db, plan.committee_id), loadInitiatives(db, [shown.id])]);
  const summarise = (v: (typeof versions)[number]): PlanVersionSummary => ({
    number: v.number,
    title: v.title,
    revisionNote: v.revision_note,
    approvedOn: v.approved_on,
    createdAt: v.created_at,
    createdBy: v.created_by,
  });
  return {
    id: plan.id,
    policyId: plan.policy_id,
    year: plan.year,
    committee: { id: committee!.id, code: committee!.code, name: { da: committee!.name_da, en: committee!.name_en } },
    versions: versions.map(summarise),
    shown: { ...summarise(shown), summary: shown.summary, initiatives: initiatives.get(shown.id) ?? [] },
  };
}

export interface ActionPlanSummary {
  readonly id: number;
  readonly year: number;
  readonly committee: { readonly id: number; readonly code: string; readonly name: Text };
  readonly latestVersion: { readonly id: number; readonly number: number; readonly title: string; readonly approvedOn: string | null };
}

/** Plans with their newest version, by year and then in the committees' order. */
export async function listActionPlanSummaries(
  db: Kysely<Database>,
  filter: { year?: number; committeeId?: number; policyId?: number } = {},
): Promise<ActionPlanSummary[]> {
  const plans = await listActionPlans(db, filter);
  const latest = new Map(
    (
      await listLatestPlanVersions(
        db,
        plans.map((p) => p.id),
      )
    ).map((v) => [v.action_plan_id, v]),
  );
  return plans.map((p) => {
    const version = latest.get(p.id)!;
    return {
      id: p.id,
      year: p.year,
      committee: { id: p.committee_id, code: p.committee_code, name: { da: p.committee_name_da, en: p.committee_name_en } },
      latestVersion: { id: version.id, number: version.number, title: version.title, approvedOn: version.approved_on },
    };
  });
}

/**
 * The plan a committee made for a year (under the current policy unless one
 * is named), with its newest version; null when it has none. The annual
 * cycle's action-plan task links to the plan through this.
 */
export async function findPlanForCommitteeYear(
  db: Kysely<Database>,
  committeeId: number,
  year: number,
  options: { policyId?: number } = {},
): Promise<ActionPlanSummary | null> {
  const plans = await listActionPlanSummaries(db, { committeeId, year, ...(options.policyId === undefined ? {} : { policyId: options.policyId }) });
  return plans[0] ?? null;
}
