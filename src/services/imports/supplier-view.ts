// What a data supplier (an administration that owns indicators' data) sees:
// its own indicators, the newest figure each has published, the period it
// owes next, and whether the round of figures being gathered (a draft
// release) has it yet, with what the secretariat recorded if not. Once
// accounts exist, the web layer passes the signed-in supplier's
// administration; this service shows only that administration's indicators.
import type { Kysely } from 'kysely';
import {
  countReleaseFiguresByIndicator,
  findNewestDraftRelease,
  findPublishedPeriodLabel,
  listLatestPublishedPeriodSorts,
} from '../../db/repositories/figures-releases.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations } from '../../db/repositories/organisation.js';
import { listReleaseMissing } from '../../db/repositories/releases.js';
import type { Database, ReleaseRow } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import { findDraftRelease, findImportPolicy } from './import-target.js';
import { nextPeriodLabel } from './next-period.js';

export interface SupplierIndicator {
  readonly code: string;
  readonly title: string;
  readonly frequency: string;
  readonly latestPeriod: string | null;
  /** The period after the newest published one; null before the first figure. */
  readonly nextPeriod: string | null;
  /** Figures the draft holds for it (0 without a draft). */
  readonly figuresInDraft: number;
  readonly missing: { readonly reason: string | null; readonly expected: string | null; readonly since: string | null } | null;
}

export interface SupplierView {
  readonly administration: { readonly code: string; readonly name: string };
  readonly policy: { readonly code: string; readonly title: string };
  readonly draft: { readonly id: number; readonly title: string } | null;
  readonly indicators: readonly SupplierIndicator[];
  /** Indicators with no figure in the draft yet. */
  readonly stillMissing: readonly string[];
}

export interface SupplierViewOptions {
  /** The administration by code, or by id (as a data supplier's account holds it). */
  readonly administrationCode?: string;
  readonly administrationId?: number;
  readonly policyCode?: string;
  /** The draft to check against; by default the policy's newest draft. */
  readonly releaseId?: number;
}

export async function getSupplierView(db: Kysely<Database>, options: SupplierViewOptions): Promise<SupplierView> {
  const administration = (await listAdministrations(db)).find((a) =>
    options.administrationId !== undefined ? a.id === options.administrationId : a.code === options.administrationCode,
  );
  if (!administration) throw new NotFound(`There is no administration "${options.administrationCode ?? options.administrationId}".`);
  const policy = await findImportPolicy(db, { policyCode: options.policyCode, releaseId: options.releaseId });
  const draft: ReleaseRow | null =
    options.releaseId !== undefined ? await findDraftRelease(db, options.releaseId, policy) : ((await findNewestDraftRelease(db, policy.id)) ?? null);
  const owned = (await listIndicatorsForPolicy(db, policy.id)).filter((i) => i.data_owner_id === administration.id);
  const [latest, counts, missingRows] = await Promise.all([
    listLatestPublishedPeriodSorts(db, policy.id),
    draft ? countReleaseFiguresByIndicator(db, draft.id) : Promise.resolve([]),
    draft ? listReleaseMissing(db, draft.id) : Promise.resolve([]),
  ]);
  const latestSort = new Map(latest.map((l) => [l.indicator_id, l.period_sort]));
  const figures = new Map(counts.map((c) => [c.indicator_id, Number(c.figures)]));
  const indicators: SupplierIndicator[] = [];
  for (const indicator of owned) {
    const sort = latestSort.get(indicator.id);
    const latestPeriod = sort === undefined || sort === null ? null : await findPublishedPeriodLabel(db, indicator.id, Number(sort));
    const missing = missingRows.find((m) => m.indicator_id === indicator.id);
    indicators.push({
      code: indicator.code,
      title: indicator.title_da,
      frequency: indicator.update_frequency,
      latestPeriod,
      nextPeriod: latestPeriod === null ? null : nextPeriodLabel(latestPeriod),
      figuresInDraft: figures.get(indicator.id) ?? 0,
      missing: missing ? { reason: missing.reason_da, expected: missing.expected_da, since: missing.missing_since } : null,
    });
  }
  return {
    administration: { code: administration.code, name: administration.name_da },
    policy: { code: policy.code, title: policy.title_da },
    draft: draft ? { id: draft.id, title: draft.title_da } : null,
    indicators,
    stillMissing: indicators.filter((i) => i.figuresInDraft === 0).map((i) => i.code),
  };
}
