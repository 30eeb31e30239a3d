// The admin start page's content for whoever signed in: one desk per role,
// each read with the actor's own rights (a supplier sees its
// administration's figures, a member its committee's, an owner its
// projects). The route only calls this and renders the result.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { isCommitteeMember, isProjectOwner, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import type { Lang } from '../../i18n/index.js';
import { readCommitteeDesk } from './committee-desk.js';
import type { Desk } from './desk-types.js';
import { readOwnerDesk } from './owner-desk.js';
import { readSecretariatDesk } from './secretariat-desk.js';
import { readSupplierDesk } from './supplier-desk.js';

export type { Desk };

export interface DeskOptions {
  /** `YYYY-MM-DD`: deadlines, flags and statuses are read against this day. */
  readonly today: string;
  readonly lang: Lang;
  /** Every policy, the archived ones too, instead of the current one (suppliers and committee members). */
  readonly allPolicies?: boolean;
}

/** Null for an account that has no desk: a supplier or member not linked to an administration or committee. */
export async function getDesk(db: Kysely<Database>, actor: Actor, options: DeskOptions): Promise<Desk | null> {
  const allPolicies = options.allPolicies ?? false;
  if (isSecretariat(actor)) return readSecretariatDesk(db, actor, options);
  if (actor.role === 'data_supplier') return actor.administrationId === null ? null : readSupplierDesk(db, actor, { ...options, allPolicies });
  if (isCommitteeMember(actor)) return actor.committeeId === null ? null : readCommitteeDesk(db, actor, { ...options, allPolicies });
  if (isProjectOwner(actor)) return readOwnerDesk(db, actor, options);
  return null;
}
