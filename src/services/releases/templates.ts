// Barometer's template pre-filled with the rows expected in the coming
// release: for each chosen indicator (by code, or all an administration
// owns), one row per group it reports on, in its default area, for the
// period it owes (owed-periods.ts). The supplier fills in the values
// and imports the file; rows left without a value are simply skipped.
// buildReleaseTemplate is the one a person asks for: a data supplier only
// ever gets its own administration's indicators.
import type { Kysely } from 'kysely';
import { listIndicatorGroupLinks } from '../../db/repositories/import-references.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations, listAreas, listGroups } from '../../db/repositories/organisation.js';
import { listPolicies } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import { canDeliverFigures, canSupplyFigures, isSecretariat } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { Forbidden, NotFound } from '../errors.js';
import { findImportPolicy } from '../imports/import-target.js';
import { findDeliveryScope } from './delivery-scope.js';
import { requireRelease, requireRight } from './release-guards.js';
import { listOwedPeriods } from './owed-periods.js';

export interface TemplateRow {
  readonly indicator: string;
  /** Empty when the indicator has no published figure to count on from. */
  readonly period: string;
  readonly group: string;
  readonly area: string;
  readonly value: null;
  readonly flags: string;
  readonly note: string;
}

export interface TemplateOptions {
  readonly policyCode?: string;
  /** The indicators to include; by default every indicator of the administration, or of the policy. */
  readonly indicatorCodes?: readonly string[];
  readonly administrationCode?: string;
  /** The period to ask for, instead of each indicator's next one. */
  readonly period?: string;
}

export async function buildFigureTemplate(db: Kysely<Database>, options: TemplateOptions): Promise<TemplateRow[]> {
  const policy = await findImportPolicy(db, { policyCode: options.policyCode });
  let indicators = await listIndicatorsForPolicy(db, policy.id);
  if (options.administrationCode !== undefined) {
    const administration = (await listAdministrations(db)).find((a) => a.code === options.administrationCode);
    if (!administration) throw new NotFound('error.administration.noSuchCode', { code: options.administrationCode });
    indicators = indicators.filter((i) => i.data_owner_id === administration.id);
  }
  if (options.indicatorCodes) {
    const unknown = options.indicatorCodes.filter((code) => !indicators.some((i) => i.code === code));
    if (unknown.length > 0) throw new NotFound('error.release.noSuchIndicators', { codes: unknown.join(', ') });
    indicators = indicators.filter((i) => options.indicatorCodes!.includes(i.code));
  }
  const [links, groups, areas, owedPeriods] = await Promise.all([
    listIndicatorGroupLinks(db, policy.id),
    listGroups(db),
    listAreas(db),
    listOwedPeriods(db, policy.id),
  ]);
  const groupCode = new Map(groups.map((g) => [g.id, g.code]));
  const areaCode = new Map(areas.map((a) => [a.id, a.code]));
  const homeArea = areas[0]?.code ?? '';
  const rows: TemplateRow[] = [];
  for (const indicator of indicators) {
    const period = options.period ?? owedPeriods.get(indicator.id)?.owed ?? '';
    const area = indicator.default_area_id === null ? homeArea : (areaCode.get(indicator.default_area_id) ?? homeArea);
    const codes = links
      .filter((l) => l.indicator_id === indicator.id)
      .map((l) => groupCode.get(l.group_id)!)
      .sort();
    for (const group of codes.length > 0 ? codes : ['total']) {
      rows.push({ indicator: indicator.code, period, group, area, value: null, flags: '', note: '' });
    }
  }
  return rows;
}

export interface ReleaseTemplate {
  readonly rows: readonly TemplateRow[];
  /** The file name without its extension: `skabelon-` and what it covers. */
  readonly name: string;
}

/** The template for a release's policy, for one indicator, one administration or all, as far as the actor delivers them. */
export async function buildReleaseTemplate(
  db: Kysely<Database>,
  actor: Actor,
  releaseId: number,
  ask: { readonly indicatorCode?: string; readonly administrationCode?: string },
): Promise<ReleaseTemplate> {
  requireRight(canSupplyFigures(actor), 'error.right.downloadTemplates');
  const release = await requireRelease(db, releaseId);
  const policy = (await listPolicies(db)).find((p) => p.id === release.policy_id)!;
  let administrationCode = ask.administrationCode || undefined;
  if (!isSecretariat(actor)) {
    const own = (await listAdministrations(db)).find((a) => a.id === actor.administrationId);
    if (!own || (administrationCode !== undefined && administrationCode !== own.code)) throw new Forbidden('error.release.otherAdministrationTemplates');
    administrationCode = own.code;
  }
  if (ask.indicatorCode) {
    const indicator = (await findDeliveryScope(db, actor, policy.id)).indicators.find((i) => i.code === ask.indicatorCode);
    if (!indicator || !canDeliverFigures(actor, { dataOwnerId: indicator.dataOwnerId })) throw new Forbidden('error.release.foreignIndicatorTemplate');
  }
  const indicatorCodes = ask.indicatorCode ? [ask.indicatorCode] : undefined;
  const rows = await buildFigureTemplate(db, { policyCode: policy.code, administrationCode, indicatorCodes });
  return { rows, name: `skabelon-${ask.indicatorCode ?? administrationCode ?? policy.code}` };
}
