// The start page of the admin area, by role: a data supplier sees the
// indicators its administration delivers, a committee member the goals its
// committee answers for, with their indicators; a project owner its own
// projects.
import type { Kysely } from 'kysely';
import { canDeliverFigures, canReadCommitteeMaterial, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { listGoalIdsOfCommittee } from '../../db/repositories/model-links.js';
import { listProjects } from '../../db/repositories/projects.js';
import { findVersionedRow, listVersionedRows } from '../../db/repositories/versioned-rows.js';
import type { Database } from '../../db/tables.js';
import type { Text } from '../policy-overview.js';

export interface DashboardIndicator {
  readonly code: string;
  readonly title: Text;
  readonly unit: string;
}

export type Dashboard =
  | { readonly kind: 'secretariat' }
  | { readonly kind: 'supplier'; readonly administration: Text; readonly indicators: readonly DashboardIndicator[] }
  | { readonly kind: 'committee'; readonly committee: Text; readonly goals: readonly { readonly title: Text; readonly indicators: readonly DashboardIndicator[] }[] }
  | { readonly kind: 'projects'; readonly projects: readonly { readonly id: number; readonly title: string }[] };

const toIndicator = (r: { code: string; title_da: string; title_en: string | null; unit: string }): DashboardIndicator => ({
  code: r.code,
  title: { da: r.title_da, en: r.title_en },
  unit: r.unit,
});

export async function getDashboard(db: Kysely<Database>, actor: Actor): Promise<Dashboard> {
  if (isSecretariat(actor)) return { kind: 'secretariat' };
  if (actor.role === 'data_supplier' && actor.administrationId !== null) {
    const administration = await findVersionedRow(db, 'administrations', actor.administrationId);
    const indicators = (await listVersionedRows(db, 'indicators')).filter((i) => canDeliverFigures(actor, { dataOwnerId: i.data_owner_id }));
    return {
      kind: 'supplier',
      administration: { da: administration?.name_da ?? '', en: administration?.name_en ?? null },
      indicators: indicators.map(toIndicator),
    };
  }
  if (actor.role === 'committee_member' && actor.committeeId !== null && canReadCommitteeMaterial(actor, { id: actor.committeeId })) {
    const committee = await findVersionedRow(db, 'committees', actor.committeeId);
    const goalIds = new Set(await listGoalIdsOfCommittee(db, actor.committeeId));
    const [goals, indicators] = await Promise.all([listVersionedRows(db, 'goals'), listVersionedRows(db, 'indicators')]);
    return {
      kind: 'committee',
      committee: { da: committee?.name_da ?? '', en: committee?.name_en ?? null },
      goals: goals
        .filter((g) => goalIds.has(g.id))
        .map((g) => ({ title: { da: g.title_da, en: g.title_en }, indicators: indicators.filter((i) => i.goal_id === g.id).map(toIndicator) })),
    };
  }
  const own = actor.role === 'project_owner' ? (await listProjects(db)).filter((p) => p.owner_user_id === actor.id) : [];
  return { kind: 'projects', projects: own.map((p) => ({ id: p.id, title: p.title })) };
}
