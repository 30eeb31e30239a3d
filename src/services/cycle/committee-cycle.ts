// A committee's page of a year's cycle: which committee the actor may see
// (the secretariat any, choosing one; a committee member only its own) and
// that committee's tasks.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { canReadCommitteeMaterial, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { Forbidden, NotFound } from '../errors.js';
import { listCommitteeChoices } from './cycle-choices.js';
import type { PartyChoice } from './cycle-choices.js';
import { getCycleOverview } from './cycle-views.js';
import type { CycleOverview } from './cycle-views.js';

export interface CommitteeCycle {
  readonly committee: PartyChoice;
  /** The committees to switch between: every one for the secretariat, none for a member. */
  readonly committees: readonly PartyChoice[];
  readonly overview: CycleOverview;
}

/** `chosenId` is the committee the secretariat asked for (the first when none); a member gets its own whatever it asks. */
export async function getCommitteeCycle(
  db: Kysely<Database>,
  cycleId: number,
  actor: Actor,
  options: { chosenId: number | undefined; today: string },
): Promise<CommitteeCycle> {
  const committees = await listCommitteeChoices(db);
  let committeeId: number | undefined;
  if (isSecretariat(actor)) committeeId = options.chosenId ?? committees[0]?.id;
  else if (actor.committeeId !== null) committeeId = actor.committeeId;
  else throw new Forbidden('error.notLinkedToCommittee');
  const committee = committees.find((c) => c.id === committeeId);
  if (!committee) throw new NotFound('error.model.noSuchCommittee');
  if (!canReadCommitteeMaterial(actor, committee)) throw new Forbidden('error.otherCommitteePage');
  const overview = await getCycleOverview(db, cycleId, { today: options.today, committeeId: committee.id });
  return { committee, committees: isSecretariat(actor) ? committees : [], overview };
}
