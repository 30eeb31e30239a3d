// What a data supplier (an administration that owns indicators' data) sees:
// its own indicators, the newest figure each has published, the period it
// owes next, and whether the round of figures being gathered (a draft
// release) has it yet, with what the secretariat recorded if not.
// getSupplierPage decides whose view a person gets: a data supplier its own
// administration's, the secretariat any owning administration's.
import type { Kysely } from 'kysely';
import { countReleaseFiguresByIndicator, findNewestDraftRelease } from '../../db/repositories/figures-releases.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations } from '../../db/repositories/organisation.js';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import { listReleaseMissing } from '../../db/repositories/releases.js';
import type { Database, ReleaseRow } from '../../db/tables.js';
import { canSupplyFigures, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { Forbidden, NotFound } from '../errors.js';
import { findDraftRelease, findImportPolicy } from '../imports/import-target.js';
import { requireRight } from './release-guards.js';
import { listOwedPeriods } from './owed-periods.js';

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
  if (!administration) throw new NotFound('error.administration.noSuchCode', { code: String(options.administrationCode ?? options.administrationId) });
  const policy = await findImportPolicy(db, { policyCode: options.policyCode, releaseId: options.releaseId });
  const draft: ReleaseRow | null =
    options.releaseId !== undefined ? await findDraftRelease(db, options.releaseId, policy) : ((await findNewestDraftRelease(db, policy.id)) ?? null);
  const owned = (await listIndicatorsForPolicy(db, policy.id)).filter((i) => i.data_owner_id === administration.id);
  const [owedPeriods, counts, missingRows] = await Promise.all([
    listOwedPeriods(db, policy.id),
    draft ? countReleaseFiguresByIndicator(db, draft.id) : Promise.resolve([]),
    draft ? listReleaseMissing(db, draft.id) : Promise.resolve([]),
  ]);
  const figures = new Map(counts.map((c) => [c.indicator_id, Number(c.figures)]));
  const indicators: SupplierIndicator[] = [];
  for (const indicator of owned) {
    const periods = owedPeriods.get(indicator.id);
    const missing = missingRows.find((m) => m.indicator_id === indicator.id);
    indicators.push({
      code: indicator.code,
      title: indicator.title_da,
      frequency: indicator.update_frequency,
      latestPeriod: periods?.latest ?? null,
      nextPeriod: periods?.owed ?? null,
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

export interface SupplierPage {
  readonly view: SupplierView;
  /** For the secretariat: the administrations owning indicators, to choose among; null for a data supplier. */
  readonly choices: readonly { readonly code: string; readonly name: string }[] | null;
}

/** The supplier view of the current policy that the actor may see: its own administration's, or for the secretariat the one chosen. */
export async function getSupplierPage(db: Kysely<Database>, actor: Actor, options: { administrationCode?: string; lang: 'da' | 'en' }): Promise<SupplierPage> {
  requireRight(canSupplyFigures(actor), 'error.right.seeSupplierView');
  const [administrations, policy] = await Promise.all([listAdministrations(db), findCurrentPolicy(db)]);
  if (!policy) throw new NotFound('error.policy.noCurrent');
  let administration;
  let choices = null;
  if (isSecretariat(actor)) {
    const owners = new Set((await listIndicatorsForPolicy(db, policy.id)).map((i) => i.data_owner_id));
    const owning = administrations.filter((a) => owners.has(a.id));
    choices = owning.map((a) => ({ code: a.code, name: options.lang === 'en' ? (a.name_en ?? a.name_da) : a.name_da }));
    administration = owning.find((a) => a.code === options.administrationCode) ?? owning[0] ?? administrations[0];
  } else {
    administration = administrations.find((a) => a.id === actor.administrationId);
  }
  if (!administration) throw new Forbidden('error.release.noAdministrationToShow');
  return { view: await getSupplierView(db, { administrationId: administration.id, policyCode: policy.code }), choices };
}
