// Administrations and committees named by their codes (on the command line,
// in the single sign-on role mapping), turned into ids.
import type { Kysely } from 'kysely';
import { listAdministrations, listCommittees } from '../../db/repositories/organisation.js';
import type { Database } from '../../db/tables.js';

export interface OrganisationCodes {
  readonly administrationCode: string | null;
  readonly committeeCode: string | null;
}

/** The ids for the codes; `undefined` for a code that names nothing. */
export async function idsForCodes(db: Kysely<Database>, codes: OrganisationCodes) {
  const administrationId = codes.administrationCode === null ? null : (await listAdministrations(db)).find((a) => a.code === codes.administrationCode)?.id;
  const committeeId = codes.committeeCode === null ? null : (await listCommittees(db)).find((c) => c.code === codes.committeeCode)?.id;
  return { administrationId, committeeId };
}
