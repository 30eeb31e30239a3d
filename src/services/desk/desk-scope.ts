// Which policies a supplier's or committee member's desk covers: the current
// one unless they ask for every one. Either way each indicator and goal says
// whose policy it is, so an archived policy never mixes in unlabelled.
import type { Kysely } from 'kysely';
import { findCurrentPolicy, listPolicies } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import type { Text } from '../../domain/text.js';
import type { DeskScope } from './desk-types.js';

export interface ReadScope {
  /** Every policy's name by id. */
  readonly names: ReadonlyMap<number, Text>;
  readonly scope: DeskScope;
  /** The current policy's id; null before one is active. */
  readonly currentId: number | null;
  keeps(policyId: number): boolean;
}

export async function readDeskScope(db: Kysely<Database>, allPolicies: boolean): Promise<ReadScope> {
  const [policies, current] = await Promise.all([listPolicies(db), findCurrentPolicy(db)]);
  const names = new Map(policies.map((p) => [p.id, { da: p.title_da, en: p.title_en }]));
  const currentId = current?.id ?? null;
  if (allPolicies) return { names, scope: { kind: 'all' }, currentId, keeps: () => true };
  const scope: DeskScope = { kind: 'current', policy: current ? { da: current.title_da, en: current.title_en } : null };
  return { names, scope, currentId, keeps: (policyId) => policyId === currentId };
}

export function policyName(scope: ReadScope, policyId: number): Text {
  return scope.names.get(policyId) ?? { da: '', en: null };
}
