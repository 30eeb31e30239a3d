// The policy overview as it stood when a release was published: a letter
// about the January 2012 release must judge the figures published by then,
// not the ones that came later. Each figure is taken as it was live at that
// release (a later revision is undone from the measurement history, a figure
// first published later is left out), then judged and rolled up by the
// status engine exactly as the current overview is.
import type { Kysely } from 'kysely';
import { computeIndicatorStatus } from '../../domain/status/compute-indicator-status.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listMeasurementHistory, listMeasurementsForIndicators } from '../../db/repositories/measurements.js';
import { listAdministrations, listCommittees, listGroups } from '../../db/repositories/organisation.js';
import { listReleases } from '../../db/repositories/releases.js';
import type { Database, MeasurementRow, PolicyRow, ReleaseRow } from '../../db/tables.js';
import { toIndicatorFigures, toStatusInput } from '../indicator-figures.js';
import { getPolicyOverview, rollUpPolicy, toCommitteeRefs } from '../policy-overview.js';
import type { PolicyOverview } from '../policy-overview.js';
import { rollUpCommittees, rollUpIndicators } from '../../domain/policy-rollups.js';

/** Published releases of the policy in the order they were published: id → position. */
async function publicationOrder(db: Kysely<Database>, policyId: number): Promise<Map<number, number>> {
  const published = (await listReleases(db, policyId))
    .filter((r) => r.state === 'published' && r.published_on !== null)
    .sort((a, b) => a.published_on!.localeCompare(b.published_on!) || a.id - b.id);
  return new Map(published.map((r, index) => [r.id, index]));
}

async function measurementsAsOf(
  db: Kysely<Database>,
  measurements: readonly MeasurementRow[],
  order: Map<number, number>,
  at: number,
): Promise<MeasurementRow[]> {
  const position = (releaseId: number) => order.get(releaseId) ?? Number.POSITIVE_INFINITY;
  const asOf: MeasurementRow[] = [];
  for (const m of measurements) {
    if (position(m.release_id) <= at) {
      asOf.push(m);
      continue;
    }
    const earlier = (await listMeasurementHistory(db, m.id)).find((h) => position(h.release_id) <= at && position(h.replaced_by_release_id) > at);
    if (earlier)
      asOf.push({
        ...m,
        value: earlier.value,
        is_provisional: earlier.is_provisional,
        is_estimated: earlier.is_estimated,
        note: earlier.note,
        release_id: earlier.release_id,
      });
  }
  return asOf;
}

export async function getPolicyOverviewAsOfRelease(db: Kysely<Database>, policy: PolicyRow, release: ReleaseRow): Promise<PolicyOverview> {
  const overview = (await getPolicyOverview(db, policy.code))!;
  const order = await publicationOrder(db, policy.id);
  const at = order.get(release.id);
  // The newest release: what is published now is what it left.
  if (at === undefined || at === order.size - 1) return overview;

  const [indicators, groups, committees, administrations] = await Promise.all([
    listIndicatorsForPolicy(db, policy.id),
    listGroups(db),
    listCommittees(db),
    listAdministrations(db),
  ]);
  const measurements = await measurementsAsOf(
    db,
    await listMeasurementsForIndicators(
      db,
      indicators.map((i) => i.id),
    ),
    order,
    at,
  );
  const totalGroupId = groups.find((g) => g.code === 'total')?.id ?? null;
  const rowByCode = new Map(indicators.map((i) => [i.code, i]));

  const focusAreas = overview.focusAreas.map((area) => {
    const goals = area.goals.map((goal) => {
      const judged = goal.indicators.map((indicator) => {
        const row = rowByCode.get(indicator.code)!;
        const figures = toIndicatorFigures(row, measurements, totalGroupId);
        const result = computeIndicatorStatus(toStatusInput(row, figures.headline, policy.default_method));
        return {
          ...indicator,
          figures,
          latest: figures.headline.at(-1) ?? null,
          judgement: result.ok ? result.judgement : null,
          statusError: result.ok ? null : result.errors.map((e) => e.message).join('; '),
        };
      });
      return { ...goal, indicators: judged, status: rollUpIndicators(judged) };
    });
    return { ...area, goals, status: rollUpIndicators(goals.flatMap((g) => g.indicators)) };
  });
  return {
    ...overview,
    focusAreas,
    overall: rollUpPolicy(focusAreas),
    committees: rollUpCommittees(
      toCommitteeRefs(committees, administrations),
      focusAreas.flatMap((a) => a.goals),
    ),
    latestRelease: { id: release.id, title: { da: release.title_da, en: release.title_en }, publishedOn: release.published_on! },
  };
}
