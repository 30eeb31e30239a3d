// A committee member's desk: the committee's tasks in the cycle still to
// deliver, named and with their deadlines, and the goals the committee
// answers for with their statuses judged from the published figures, as the
// public barometer shows them.
import type { Kysely } from 'kysely';
import { findVersionedRow } from '../../db/repositories/versioned-rows.js';
import { listPolicies } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import { canReadCommitteeMaterial } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import type { RollUp } from '../../domain/status/rollup.js';
import type { IndicatorJudgement } from '../../domain/status/judgement.js';
import { t } from '../../i18n/index.js';
import { Forbidden } from '../errors.js';
import { getPolicyOverview } from '../policy-overview.js';
import { rollUpVerdictWords } from '../rollup-words.js';
import { listOpenTasks } from './cycle-tasks.js';
import { readDeskScope } from './desk-scope.js';
import type { CommitteeDesk, DeskGoal, DeskStatus } from './desk-types.js';

function rollUpStatus(rollUp: RollUp): DeskStatus {
  return { status: rollUp.status, colour: rollUp.colour, words: { da: rollUpVerdictWords('da', rollUp), en: rollUpVerdictWords('en', rollUp) } };
}

function indicatorStatus(judgement: IndicatorJudgement | null): DeskStatus | null {
  if (!judgement) return null;
  const words = { da: t('da', `status.${judgement.status}`), en: t('en', `status.${judgement.status}`) };
  return { status: judgement.status, colour: judgement.colour, words };
}

export async function readCommitteeDesk(db: Kysely<Database>, actor: Actor, options: { today: string; allPolicies: boolean }): Promise<CommitteeDesk> {
  const committeeId = actor.committeeId;
  if (actor.role !== 'committee_member' || committeeId === null || !canReadCommitteeMaterial(actor, { id: committeeId })) {
    throw new Forbidden('error.desk.committeeOnly');
  }
  const [committee, scope, policies, tasks] = await Promise.all([
    findVersionedRow(db, 'committees', committeeId),
    readDeskScope(db, options.allPolicies),
    listPolicies(db),
    listOpenTasks(db, options.today, { committeeId }),
  ]);
  const goals: DeskGoal[] = [];
  for (const policy of policies.filter((p) => scope.keeps(p.id))) {
    const overview = await getPolicyOverview(db, policy.code);
    if (!overview) continue;
    for (const goal of overview.focusAreas.flatMap((area) => area.goals)) {
      if (!goal.committees.some((c) => c.code === committee?.code)) continue;
      goals.push({
        code: goal.code,
        title: goal.title,
        policy: { da: policy.title_da, en: policy.title_en },
        status: rollUpStatus(goal.status),
        indicators: goal.indicators.map((i) => ({ code: i.code, title: i.title, status: indicatorStatus(i.judgement) })),
      });
    }
  }
  return { kind: 'committee', committee: { da: committee?.name_da ?? '', en: committee?.name_en ?? null }, scope: scope.scope, tasks, goals };
}
