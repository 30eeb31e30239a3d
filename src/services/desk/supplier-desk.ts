// A data supplier's desk: the indicators its administration delivers, what
// the current release still lacks from it (with what the secretariat
// recorded: why, and when it is expected) and its figures tasks with their
// deadlines in the cycle.
import type { Kysely } from 'kysely';
import { listAdministrations } from '../../db/repositories/organisation.js';
import { listVersionedRows } from '../../db/repositories/versioned-rows.js';
import type { Database } from '../../db/tables.js';
import { canDeliverFigures } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import type { Lang } from '../../i18n/index.js';
import { Forbidden } from '../errors.js';
import { listOwedPeriods } from '../releases/owed-periods.js';
import { listOpenTasks } from './cycle-tasks.js';
import { readCurrentReleaseCompleteness } from './current-release.js';
import { policyName, readDeskScope } from './desk-scope.js';
import type { SupplierDesk } from './desk-types.js';

export async function readSupplierDesk(
  db: Kysely<Database>,
  actor: Actor,
  options: { today: string; lang: Lang; allPolicies: boolean },
): Promise<SupplierDesk> {
  if (actor.role !== 'data_supplier' || actor.administrationId === null) throw new Forbidden('error.desk.supplierOnly');
  const administrationId = actor.administrationId;
  const [administrations, indicators, scope, completeness, tasks] = await Promise.all([
    listAdministrations(db),
    listVersionedRows(db, 'indicators'),
    readDeskScope(db, options.allPolicies),
    readCurrentReleaseCompleteness(db, options.lang),
    listOpenTasks(db, options.today, { administrationId }),
  ]);
  const administration = administrations.find((a) => a.id === administrationId);
  const own = indicators.filter((i) => canDeliverFigures(actor, { dataOwnerId: i.data_owner_id }));
  const periods = scope.currentId === null ? new Map() : await listOwedPeriods(db, scope.currentId);
  const inCurrent = new Map(own.filter((i) => i.policy_id === scope.currentId).map((i) => [i.code, i]));
  return {
    kind: 'supplier',
    administration: { da: administration?.name_da ?? '', en: administration?.name_en ?? null },
    scope: scope.scope,
    indicators: own
      .filter((i) => scope.keeps(i.policy_id))
      .map((i) => ({
        code: i.code,
        title: { da: i.title_da, en: i.title_en },
        unit: i.unit,
        policy: policyName(scope, i.policy_id),
        latestPeriod: i.policy_id === scope.currentId ? (periods.get(i.id)?.latest ?? null) : null,
        nextPeriod: i.policy_id === scope.currentId ? (periods.get(i.id)?.owed ?? null) : null,
      })),
    release: completeness && { id: completeness.release.id, title: completeness.release.title, state: completeness.release.state },
    owed: (completeness?.missing ?? [])
      .filter((m) => inCurrent.has(m.code))
      .map((m) => ({
        code: m.code,
        title: m.title,
        period: periods.get(inCurrent.get(m.code)!.id)?.owed ?? null,
        reason: m.note?.reason ?? null,
        expected: m.note?.expected ?? null,
      })),
    tasks,
  };
}
