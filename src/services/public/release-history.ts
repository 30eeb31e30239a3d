// The public record of a policy's releases: when each was published, how
// complete it was ("new figures for 14 of the 15 indicators"), what it
// brought, which earlier figures it revised and why, and what was missing,
// who owes it and when it is expected. Published releases only. Each is
// counted with the year's earlier releases, as on the admin pages.
import type { Kysely } from 'kysely';
import { computeReleaseCompleteness } from '../../domain/status/completeness.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import {
  findPublishedRelease,
  listPublishedReleases,
  listReleaseFigureFlags,
  listReleaseFiguresWithNames,
  listReleaseMissingWithNames,
} from '../../db/repositories/public-releases.js';
import type { Database, IndicatorRow, ReleaseRow } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import { deliveredEarlierInYear, findDeliveredEarlierInYear, indicatorsWithNewFigure } from '../releases/year-deliveries.js';
import { requirePublicPolicy, toPolicyName } from './public-policies.js';
import type { PolicyName } from './public-policies.js';
import { optionalText, text } from '../../domain/text.js';
import { unitOfGroups } from '../../domain/indicator-units.js';
import { toIndicatorUnits } from '../indicator-units.js';
import type { Text } from '../../domain/text.js';

export interface MissingFigureView {
  readonly indicatorCode: string;
  readonly indicatorTitle: Text;
  readonly administration: Text | null;
  readonly missingSince: string | null;
  readonly reason: Text | null;
  readonly expected: Text | null;
  /** False when nothing was recorded about why the figure is missing. */
  readonly explained: boolean;
}

export interface ReleaseSummary {
  readonly id: number;
  readonly title: Text;
  readonly note: Text | null;
  readonly publishedOn: string;
  /** N of M: indicators of the policy with a new figure in the release or an earlier release of its year. */
  readonly withFigure: number;
  /** Of those, the ones this release brought. */
  readonly newInRelease: number;
  readonly total: number;
  readonly missing: readonly MissingFigureView[];
  readonly newFigureCount: number;
  readonly revisionCount: number;
}

type Flags = Awaited<ReturnType<typeof listReleaseFigureFlags>>;
type MissingRows = Awaited<ReturnType<typeof listReleaseMissingWithNames>>;

/** The public policy with the code and every release it has published, newest first; NotFound for an unknown or draft policy. */
export async function listPolicyReleases(db: Kysely<Database>, policyCode: string): Promise<{ policy: PolicyName; releases: ReleaseSummary[] }> {
  const policy = await requirePublicPolicy(db, policyCode);
  return { policy: toPolicyName(policy), releases: await listReleaseSummaries(db, policy.id) };
}

/** One published release of the public policy with the figures it brought; NotFound for an unknown policy or release. */
export async function getPolicyRelease(
  db: Kysely<Database>,
  policyCode: string,
  releaseId: number,
): Promise<{ policy: PolicyName; release: ReleaseSummary; figures: ReleaseFigureView[] }> {
  const policy = await requirePublicPolicy(db, policyCode);
  const release = await getReleaseSummary(db, policy.id, releaseId);
  return { policy: toPolicyName(policy), release, figures: await listReleaseFigures(db, release.id) };
}

/** Every published release of the policy, newest first. */
async function listReleaseSummaries(db: Kysely<Database>, policyId: number): Promise<ReleaseSummary[]> {
  const [releases, indicators] = await Promise.all([listPublishedReleases(db, policyId), listIndicatorsForPolicy(db, policyId)]);
  const ids = releases.map((r) => r.id);
  const [flags, missing] = await Promise.all([listReleaseFigureFlags(db, ids), listReleaseMissingWithNames(db, ids)]);
  return releases.map((release) => summarise(release, indicators, flags, missing, deliveredEarlierInYear(release, releases, flags)));
}

/** The newest published release of the policy, or null before the first. */
export async function getLatestReleaseSummary(db: Kysely<Database>, policyId: number): Promise<ReleaseSummary | null> {
  return (await listReleaseSummaries(db, policyId))[0] ?? null;
}

async function getPublishedReleaseRow(db: Kysely<Database>, policyId: number, releaseId: number): Promise<ReleaseRow> {
  const release = Number.isSafeInteger(releaseId) ? await findPublishedRelease(db, policyId, releaseId) : undefined;
  if (!release) throw new NotFound('error.public.noSuchRelease', { id: releaseId });
  return release;
}

async function getReleaseSummary(db: Kysely<Database>, policyId: number, releaseId: number): Promise<ReleaseSummary> {
  const release = await getPublishedReleaseRow(db, policyId, releaseId);
  const [indicators, flags, missing, earlier] = await Promise.all([
    listIndicatorsForPolicy(db, policyId),
    listReleaseFigureFlags(db, [release.id]),
    listReleaseMissingWithNames(db, [release.id]),
    findDeliveredEarlierInYear(db, release),
  ]);
  return summarise(release, indicators, flags, missing, earlier);
}

/** The release's figures with names, for its page: new figures and revisions apart. */
async function listReleaseFigures(db: Kysely<Database>, releaseId: number) {
  const rows = await listReleaseFiguresWithNames(db, releaseId);
  return rows.map((row) => ({
    indicatorCode: row.indicator_code,
    indicatorTitle: text(row.indicator_title_da, row.indicator_title_en),
    /** A release brings group figures, so they are in the groups' unit (a gap indicator's may differ from its gap's). */
    unit: unitOfGroups(toIndicatorUnits(row)),
    precision: row.precision,
    period: row.period,
    group: { code: row.group_code, name: text(row.group_name_da, row.group_name_en) },
    value: row.value,
    provisional: row.is_provisional === 1,
    estimated: row.is_estimated === 1,
    /** Set when the figure revised a published one. */
    replacedValue: row.replaced_value,
    reason: row.reason,
  }));
}

export type ReleaseFigureView = Awaited<ReturnType<typeof listReleaseFigures>>[number];

function summarise(release: ReleaseRow, indicators: readonly IndicatorRow[], flags: Flags, missing: MissingRows, earlier: ReadonlySet<number>): ReleaseSummary {
  const own = flags.filter((f) => f.release_id === release.id);
  const newIds = indicatorsWithNewFigure(flags, release.id);
  const withNewFigure = [...newIds].map(String);
  const notes = new Map(missing.filter((m) => m.release_id === release.id).map((m) => [String(m.indicator_id), m]));
  const completeness = computeReleaseCompleteness(
    indicators.map((i) => String(i.id)),
    withNewFigure,
    new Map([...notes].map(([id, m]) => [id, { administration: m.administration_code ?? undefined }])),
    [...earlier].map(String),
  );
  const byId = new Map(indicators.map((i) => [String(i.id), i]));
  return {
    id: release.id,
    title: text(release.title_da, release.title_en),
    note: optionalText(release.note_da, release.note_en),
    publishedOn: release.published_on ?? '',
    withFigure: completeness.withFigure,
    newInRelease: indicators.filter((i) => newIds.has(i.id)).length,
    total: completeness.total,
    missing: completeness.missing.map((entry) => {
      const indicator = byId.get(entry.indicatorId)!;
      const note = notes.get(entry.indicatorId);
      return {
        indicatorCode: indicator.code,
        indicatorTitle: text(indicator.title_da, indicator.title_en),
        administration: note?.administration_name_da ? text(note.administration_name_da, note.administration_name_en) : null,
        missingSince: note?.missing_since ?? null,
        reason: optionalText(note?.reason_da ?? null, note?.reason_en ?? null),
        expected: optionalText(note?.expected_da ?? null, note?.expected_en ?? null),
        explained: entry.explained,
      };
    }),
    newFigureCount: own.filter((f) => f.replaced_value === null).length,
    revisionCount: own.filter((f) => f.replaced_value !== null).length,
  };
}
