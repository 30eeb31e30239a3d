// What the action-plan screens offer to choose from: the policy's goals and
// indicators, the committees, and each indicator's status today (judged on
// read, as the public barometer judges it), so an initiative tied to an
// indicator shows how that indicator is doing.
import type { Kysely } from 'kysely';
import { findPolicyById } from '../../db/repositories/model-references.js';
import { listCommittees } from '../../db/repositories/organisation.js';
import { findCurrentPolicy, listGoals } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import type { StatusCode, StatusColour } from '../../domain/status/types.js';
import { NotFound } from '../errors.js';
import { getPolicyOverview } from '../policy-overview.js';
import type { Text } from '../policy-overview.js';

export interface PlanChoices {
  readonly policy: { readonly id: number; readonly code: string; readonly title: Text };
  readonly committees: readonly { readonly id: number; readonly code: string; readonly name: Text }[];
  readonly goals: readonly { readonly id: number; readonly code: string; readonly number: number; readonly title: Text }[];
  readonly indicators: readonly { readonly id: number; readonly code: string; readonly title: Text }[];
}

/** The choices under a policy (the current one unless named). */
export async function loadPlanChoices(db: Kysely<Database>, policyId?: number): Promise<PlanChoices> {
  const policy = policyId === undefined ? await findCurrentPolicy(db) : await findPolicyById(db, policyId);
  if (!policy) throw new NotFound('error.plan.noPolicy');
  const [committees, goals, indicators] = await Promise.all([
    listCommittees(db),
    listGoals(db, policy.id),
    db
      .selectFrom('indicators')
      .select(['id', 'code', 'title_da', 'title_en'])
      .where('policy_id', '=', policy.id)
      .orderBy('goal_id')
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
  ]);
  return {
    policy: { id: policy.id, code: policy.code, title: { da: policy.title_da, en: policy.title_en } },
    committees: committees.map((c) => ({ id: c.id, code: c.code, name: { da: c.name_da, en: c.name_en } })),
    goals: goals.map((g) => ({ id: g.id, code: g.code, number: g.number, title: { da: g.title_da, en: g.title_en } })),
    indicators: indicators.map((i) => ({ id: i.id, code: i.code, title: { da: i.title_da, en: i.title_en } })),
  };
}

export interface IndicatorProgress {
  readonly title: Text;
  /** Null when the indicator cannot be judged (no figures, or settings that do not allow it). */
  readonly status: StatusCode | null;
  readonly colour: StatusColour;
}

/** Every indicator of the policy by code, with its status as the public barometer shows it. */
export async function getIndicatorProgress(db: Kysely<Database>, policyId: number): Promise<Map<string, IndicatorProgress>> {
  const policy = await findPolicyById(db, policyId);
  if (!policy) throw new NotFound('error.policy.noSuchId', { id: policyId });
  const overview = await getPolicyOverview(db, policy.code);
  const progress = new Map<string, IndicatorProgress>();
  for (const indicator of overview!.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators))) {
    progress.set(indicator.code, { title: indicator.title, status: indicator.judgement?.status ?? null, colour: indicator.judgement?.colour ?? 'grey' });
  }
  return progress;
}
