// How complete a release is: which of the policy's indicators have a new
// figure in it ("new figures for 14 of the 15 indicators") and, for each one
// without, what has been recorded: who owes the figure, since when, why, and
// when it is expected. The release is counted with the year's earlier
// releases, so a supplementary release completes the year instead of
// announcing 1 of 15. The counting is the domain's; this gathers its input.
import type { Kysely } from 'kysely';
import { computeReleaseCompleteness } from '../../domain/status/completeness.js';
import type { MissingFigureNote } from '../../domain/status/completeness.js';
import { countReleaseFiguresByIndicator } from '../../db/repositories/figures-releases.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations } from '../../db/repositories/organisation.js';
import { listReleaseFigureFlags } from '../../db/repositories/public-releases.js';
import { findRelease, listReleaseMissing } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import { findDeliveredEarlierInYear, indicatorsWithNewFigure } from './year-deliveries.js';

export type Language = 'da' | 'en';

export interface CompletenessIndicator {
  readonly code: string;
  readonly title: string;
  /** The administration that owns the indicator's data, if any. */
  readonly owner: { readonly code: string; readonly name: string } | null;
  /** Figures the release holds for it. */
  readonly figures: number;
}

export interface PresentIndicator extends CompletenessIndicator {
  /** True when the figure came with an earlier release of the year, not this one. */
  readonly deliveredEarlier: boolean;
}

export interface MissingIndicatorView extends CompletenessIndicator {
  /** False while nobody has recorded why the figure is missing. */
  readonly explained: boolean;
  readonly note: MissingFigureNote | null;
}

export interface ReleaseCompletenessView {
  readonly release: { readonly id: number; readonly title: string; readonly state: 'draft' | 'published'; readonly publishedOn: string | null };
  /** Indicators with a figure for the year: this release's new ones and the year's earlier releases'. */
  readonly withFigure: number;
  /** Of those, the ones this release brought a new figure for. */
  readonly newInRelease: number;
  readonly total: number;
  readonly isComplete: boolean;
  readonly present: readonly PresentIndicator[];
  /** In the order the policy lists its indicators. */
  readonly missing: readonly MissingIndicatorView[];
}

const pick = (da: string | null, en: string | null, lang: Language) => (lang === 'en' ? (en ?? da) : da);

export async function getReleaseCompleteness(db: Kysely<Database>, releaseId: number, lang: Language = 'da'): Promise<ReleaseCompletenessView> {
  const release = await findRelease(db, releaseId);
  if (!release) throw new NotFound('error.release.idGone', { id: releaseId });
  const [indicators, counts, flags, earlier, missingRows, administrations] = await Promise.all([
    listIndicatorsForPolicy(db, release.policy_id),
    countReleaseFiguresByIndicator(db, releaseId),
    listReleaseFigureFlags(db, [releaseId]),
    findDeliveredEarlierInYear(db, release),
    listReleaseMissing(db, releaseId),
    listAdministrations(db),
  ]);
  const withNewFigure = indicatorsWithNewFigure(flags, releaseId);
  const administrationById = new Map(administrations.map((a) => [a.id, a]));
  const figuresById = new Map(counts.map((c) => [c.indicator_id, Number(c.figures)]));
  const notes = new Map<string, MissingFigureNote>();
  for (const row of missingRows) {
    const code = indicators.find((i) => i.id === row.indicator_id)?.code;
    if (!code) continue;
    const owed = row.administration_id === null ? undefined : administrationById.get(row.administration_id);
    notes.set(code, {
      administration: owed ? (pick(owed.name_da, owed.name_en, lang) ?? undefined) : undefined,
      missingSince: row.missing_since ?? undefined,
      reason: pick(row.reason_da, row.reason_en, lang) ?? undefined,
      expected: pick(row.expected_da, row.expected_en, lang) ?? undefined,
    });
  }
  const counted = computeReleaseCompleteness(
    indicators.map((i) => i.code),
    indicators.filter((i) => withNewFigure.has(i.id)).map((i) => i.code),
    notes,
    indicators.filter((i) => earlier.has(i.id)).map((i) => i.code),
  );
  const describe = (code: string): CompletenessIndicator => {
    const indicator = indicators.find((i) => i.code === code)!;
    const owner = indicator.data_owner_id === null ? undefined : administrationById.get(indicator.data_owner_id);
    return {
      code,
      title: pick(indicator.title_da, indicator.title_en, lang)!,
      owner: owner ? { code: owner.code, name: pick(owner.name_da, owner.name_en, lang)! } : null,
      figures: figuresById.get(indicator.id) ?? 0,
    };
  };
  const missingCodes = new Set(counted.missing.map((m) => m.indicatorId));
  return {
    release: { id: release.id, title: pick(release.title_da, release.title_en, lang)!, state: release.state, publishedOn: release.published_on },
    withFigure: counted.withFigure,
    newInRelease: indicators.filter((i) => withNewFigure.has(i.id)).length,
    total: counted.total,
    isComplete: counted.isComplete,
    present: indicators
      .filter((i) => !missingCodes.has(i.code))
      .map((i) => ({ ...describe(i.code), deliveredEarlier: !withNewFigure.has(i.id) && earlier.has(i.id) })),
    missing: counted.missing.map((m) => ({ ...describe(m.indicatorId), explained: m.explained, note: notes.get(m.indicatorId) ?? null })),
  };
}
