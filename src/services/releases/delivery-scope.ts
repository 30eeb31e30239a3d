// Which indicators of a policy a person may deliver figures for, decided per
// indicator by the named predicate canDeliverFigures: everything for the
// secretariat, its own administration's indicators for a data supplier.
// The web screens list only these and hand the scope to the import.
import type { Kysely } from 'kysely';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import type { Database } from '../../db/tables.js';
import { canDeliverFigures, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import type { Text } from '../../domain/text.js';
import type { IndicatorScope } from '../imports/restrict-source.js';

export interface DeliverableIndicator {
  readonly id: number;
  readonly code: string;
  readonly title: Text;
  /** The administration that owns the indicator's data, if any. */
  readonly dataOwnerId: number | null;
}

export interface DeliveryScope extends IndicatorScope {
  /** The indicators the person may deliver, in the policy's order. */
  readonly indicators: readonly DeliverableIndicator[];
}

export async function findDeliveryScope(db: Kysely<Database>, actor: Actor, policyId: number): Promise<DeliveryScope> {
  const all = await listIndicatorsForPolicy(db, policyId);
  const indicators = all
    .filter((i) => canDeliverFigures(actor, { dataOwnerId: i.data_owner_id }))
    .map((i) => ({ id: i.id, code: i.code, title: { da: i.title_da, en: i.title_en }, dataOwnerId: i.data_owner_id }));
  return { indicators, allowed: isSecretariat(actor) ? null : new Set(indicators.map((i) => i.code)) };
}
