// Every indicator of a policy with what defines it and where it sits (goal,
// headline groups, data owner), for the open-data API's list of indicators.
import type { Kysely } from 'kysely';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations, listGroups } from '../../db/repositories/organisation.js';
import { listGoals } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import type { IndicatorDefinition } from '../../domain/indicator-definition.js';
import { text } from '../../domain/text.js';
import type { Text } from '../../domain/text.js';
import { requirePublicPolicy } from './public-policies.js';
import { toIndicatorDefinition } from './to-indicator-definition.js';

/** One indicator of the catalogue: its definition, and the codes and names it refers to. */
export interface CatalogueIndicator {
  readonly policyCode: string;
  readonly goalCode: string;
  readonly indicator: IndicatorDefinition;
  readonly headlineGroupCode: string | null;
  readonly referenceGroupCode: string | null;
  readonly dataOwner: Text | null;
}

export async function listCatalogueIndicators(db: Kysely<Database>, policyCode: string): Promise<CatalogueIndicator[]> {
  const policy = await requirePublicPolicy(db, policyCode);
  const [indicators, goals, groups, administrations] = await Promise.all([
    listIndicatorsForPolicy(db, policy.id),
    listGoals(db, policy.id),
    listGroups(db),
    listAdministrations(db),
  ]);
  const groupCode = (id: number | null) => groups.find((g) => g.id === id)?.code ?? null;
  const goalNumber = (id: number) => goals.find((g) => g.id === id)?.number ?? 0;
  return [...indicators]
    .sort((a, b) => goalNumber(a.goal_id) - goalNumber(b.goal_id) || a.sort_order - b.sort_order || a.id - b.id)
    .map((row) => {
      const owner = administrations.find((a) => a.id === row.data_owner_id);
      return {
        policyCode: policy.code,
        goalCode: goals.find((g) => g.id === row.goal_id)?.code ?? '',
        indicator: toIndicatorDefinition(row, policy.default_method),
        headlineGroupCode: groupCode(row.headline_group_id),
        referenceGroupCode: groupCode(row.reference_group_id),
        dataOwner: owner ? text(owner.name_da, owner.name_en) : null,
      };
    });
}
