// The start page of the admin area, by role: a data supplier sees the
// indicators its administration delivers, a committee member the goals its
// committee answers for, with their indicators; a project owner its own
// projects. Suppliers and committees see the current policy unless they ask
// for every policy; either way each indicator and goal says whose policy it
// is, so the archived 2007–10 policy never mixes in unlabelled.
import type { Kysely } from 'kysely';
import { canDeliverFigures, canReadCommitteeMaterial, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { listGoalIdsOfCommittee } from '../../db/repositories/model-links.js';
import { findCurrentPolicy, listPolicies } from '../../db/repositories/policies.js';
import { listProjects } from '../../db/repositories/projects.js';
import { findVersionedRow, listVersionedRows } from '../../db/repositories/versioned-rows.js';
import type { Database } from '../../db/tables.js';
import type { Text } from '../policy-overview.js';
import { unitOfGroups } from '../../domain/indicator-units.js';
import { toIndicatorUnits } from '../indicator-units.js';
import type { UnitColumns } from '../indicator-units.js';

export interface DashboardIndicator {
  readonly code: string;
  readonly title: Text;
  /** The unit a supplier delivers the figures in: the groups' (a gap indicator's groups may differ from its gap). */
  readonly unit: Text;
  /** The policy the indicator belongs to. */
  readonly policy: Text;
}

/** Which policies a supplier's or committee's dashboard covers: the current one (null before any is active) or every one. */
export type DashboardScope = { readonly kind: 'current'; readonly policy: Text | null } | { readonly kind: 'all' };

export type Dashboard =
  | { readonly kind: 'secretariat' }
  | { readonly kind: 'supplier'; readonly administration: Text; readonly scope: DashboardScope; readonly indicators: readonly DashboardIndicator[] }
  | {
      readonly kind: 'committee';
      readonly committee: Text;
      readonly scope: DashboardScope;
      readonly goals: readonly { readonly title: Text; readonly policy: Text; readonly indicators: readonly DashboardIndicator[] }[];
    }
  | { readonly kind: 'projects'; readonly projects: readonly { readonly id: number; readonly title: string }[] };

export interface DashboardOptions {
  /** Every policy, the archived ones too, instead of the current one. */
  readonly allPolicies?: boolean;
}

type PolicyNames = ReadonlyMap<number, Text>;

const toIndicator =
  (policies: PolicyNames) =>
  (r: { code: string; title_da: string; title_en: string | null; policy_id: number } & UnitColumns): DashboardIndicator => ({
    code: r.code,
    title: { da: r.title_da, en: r.title_en },
    unit: unitOfGroups(toIndicatorUnits(r)),
    policy: policies.get(r.policy_id) ?? { da: '', en: null },
  });

/** The policies' names, the scope, and which policy ids it keeps. */
async function readScope(db: Kysely<Database>, options: DashboardOptions) {
  const names: PolicyNames = new Map((await listPolicies(db)).map((p) => [p.id, { da: p.title_da, en: p.title_en }]));
  if (options.allPolicies) return { names, scope: { kind: 'all' } as DashboardScope, keeps: () => true };
  const current = await findCurrentPolicy(db);
  const scope: DashboardScope = { kind: 'current', policy: current ? { da: current.title_da, en: current.title_en } : null };
  return { names, scope, keeps: (policyId: number) => policyId === current?.id };
}

export async function getDashboard(db: Kysely<Database>, actor: Actor, options: DashboardOptions = {}): Promise<Dashboard> {
  if (isSecretariat(actor)) return { kind: 'secretariat' };
  if (actor.role === 'data_supplier' && actor.administrationId !== null) {
    const administration = await findVersionedRow(db, 'administrations', actor.administrationId);
    const { names, scope, keeps } = await readScope(db, options);
    const indicators = (await listVersionedRows(db, 'indicators')).filter(
      (i) => keeps(i.policy_id) && canDeliverFigures(actor, { dataOwnerId: i.data_owner_id }),
    );
    return {
      kind: 'supplier',
      administration: { da: administration?.name_da ?? '', en: administration?.name_en ?? null },
      scope,
      indicators: indicators.map(toIndicator(names)),
    };
  }
  if (actor.role === 'committee_member' && actor.committeeId !== null && canReadCommitteeMaterial(actor, { id: actor.committeeId })) {
    const committee = await findVersionedRow(db, 'committees', actor.committeeId);
    const goalIds = new Set(await listGoalIdsOfCommittee(db, actor.committeeId));
    const [goals, indicators, { names, scope, keeps }] = await Promise.all([
      listVersionedRows(db, 'goals'),
      listVersionedRows(db, 'indicators'),
      readScope(db, options),
    ]);
    return {
      kind: 'committee',
      committee: { da: committee?.name_da ?? '', en: committee?.name_en ?? null },
      scope,
      goals: goals
        .filter((g) => goalIds.has(g.id) && keeps(g.policy_id))
        .map((g) => ({
          title: { da: g.title_da, en: g.title_en },
          policy: names.get(g.policy_id) ?? { da: '', en: null },
          indicators: indicators.filter((i) => i.goal_id === g.id).map(toIndicator(names)),
        })),
    };
  }
  const own = actor.role === 'project_owner' ? (await listProjects(db)).filter((p) => p.owner_user_id === actor.id) : [];
  return { kind: 'projects', projects: own.map((p) => ({ id: p.id, title: p.title })) };
}
