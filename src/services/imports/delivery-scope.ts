// Which indicators of a policy a person may deliver figures for, decided per
// indicator by the named predicate canDeliverFigures: everything for the
// secretariat, its own administration's indicators for a data supplier.
// The web screens list only these and hand the scope to the import.
import type { Kysely } from 'kysely';
import { canDeliverFigures, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import type { Database, IndicatorRow } from '../../db/tables.js';
import type { IndicatorScope } from './restrict-source.js';

export interface DeliveryScope extends IndicatorScope {
  /** The indicators the person may deliver, in the policy's order. */
  readonly indicators: readonly IndicatorRow[];
}

export async function findDeliveryScope(db: Kysely<Database>, actor: Actor, policyId: number): Promise<DeliveryScope> {
  const all = await listIndicatorsForPolicy(db, policyId);
  const indicators = all.filter((i) => canDeliverFigures(actor, { dataOwnerId: i.data_owner_id }));
  return { indicators, allowed: isSecretariat(actor) ? null : new Set(indicators.map((i) => i.code)) };
}
