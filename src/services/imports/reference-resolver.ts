// Turns the codes a file uses into ids: indicators of the policy, groups and
// areas. A source may create what it names with a name (Open SDG groups and
// GeoCodes, indicators from metadata); a commit creates them in its
// transaction, so a rejected file leaves none behind, and a dry run hands
// out stand-in ids (negative) so the rest of the checks run the same way.
// Lookups are synchronous: only the rare figure that names something new
// waits for the database, which keeps a million-row import fast.
import type { Kysely } from 'kysely';
import type { PeriodKind } from '../../domain/period.js';
import type { ImportEvent, IndicatorDraft, Reference } from '../../importers/source-figure.js';
import { insertIndicator, listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { insertAreas, insertGroups, linkIndicatorGroups, listIndicatorGroupLinks } from '../../db/repositories/import-references.js';
import { listAreas, listGroups } from '../../db/repositories/organisation.js';
import { listGoals } from '../../db/repositories/policies.js';
import type { Database, IndicatorRow, PolicyRow, UpdateFrequency } from '../../db/tables.js';

export interface IndicatorRef {
  readonly id: number;
  readonly code: string;
  /** Null for an indicator this import creates without a stated frequency: its figures settle it. */
  readonly frequency: UpdateFrequency | null;
  readonly minValue: number | null;
  readonly maxValue: number | null;
  readonly defaultAreaId: number | null;
  readonly created: boolean;
  /** Kinds of period seen in this import, to settle a created indicator's frequency. */
  readonly kinds: Set<PeriodKind>;
}

export type Resolved<T, Reason extends string = 'unknown'> = { ok: true; value: T } | { ok: false; reason: Reason };

export const TOTAL_GROUP: Reference = { code: 'total', name: null };

const toRef = (row: IndicatorRow): IndicatorRef => ({
  id: row.id,
  code: row.code,
  frequency: row.update_frequency,
  minValue: row.min_value,
  maxValue: row.max_value,
  defaultAreaId: row.default_area_id,
  created: false,
  kinds: new Set(),
});

export class ReferenceResolver {
  readonly created = { indicators: [] as string[], groups: [] as string[], areas: [] as string[] };
  private nextStandIn = -1;
  private readonly areaCodes: Map<number, string>;
  private pendingLinks: [number, number][] = [];

  private constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: PolicyRow,
    private readonly commit: boolean,
    private readonly indicators: Map<string, IndicatorRef>,
    private readonly drafts: ReadonlyMap<string, IndicatorDraft>,
    private readonly goals: ReadonlyMap<string, number>,
    private readonly groups: Map<string, number>,
    private readonly areas: Map<string, number>,
    private readonly links: Set<string>,
    private sortOrder: number,
  ) {
    this.areaCodes = new Map([...areas].map(([code, id]) => [id, code]));
  }

  /** Reads the policy's indicators and goals, every group and area, and which groups each indicator reports on. */
  static async load(db: Kysely<Database>, policy: PolicyRow, drafts: readonly IndicatorDraft[], commit: boolean) {
    const [indicators, goals, groups, areas, links] = await Promise.all([
      listIndicatorsForPolicy(db, policy.id),
      listGoals(db, policy.id),
      listGroups(db),
      listAreas(db),
      listIndicatorGroupLinks(db, policy.id),
    ]);
    return new ReferenceResolver(
      db,
      policy,
      commit,
      new Map(indicators.map((i) => [i.code, toRef(i)])),
      new Map(drafts.map((d) => [d.code, d])),
      new Map(goals.map((g) => [g.code, g.id])),
      new Map(groups.map((g) => [g.code, g.id])),
      new Map(areas.map((a) => [a.code, a.id])),
      new Set(links.map((l) => `${l.indicator_id}|${l.group_id}`)),
      indicators.length,
    );
  }

  /** The first area, which Barometer's setup and the demo data make the municipality itself. */
  get homeAreaId(): number | null {
    let lowest: number | null = null;
    for (const id of this.areas.values()) if (id > 0 && (lowest === null || id < lowest)) lowest = id;
    return lowest;
  }

  allIndicators(): IndicatorRef[] {
    return [...this.indicators.values()];
  }

  /**
   * Creates (or, in a dry run, stands in for) everything the chunk's figures
   * name that is new: groups and areas many per statement, so a file that
   * brings two thousand groups does not cost two thousand round trips.
   */
  async createForChunk(events: readonly ImportEvent[]): Promise<void> {
    const groups = new Map<string, string>();
    const areas = new Map<string, string>();
    for (const event of events) {
      if (event.kind !== 'figure') continue;
      if (!this.indicators.has(event.indicator)) {
        const draft = this.creatableIndicator(event.indicator);
        if (draft) await this.createIndicator(draft);
      }
      const group = event.group;
      if (group && group.name !== null && !this.groups.has(group.code)) groups.set(group.code, group.name);
      const area = event.area;
      if (area && area.name !== null && !this.areas.has(area.code)) areas.set(area.code, area.name);
    }
    if (groups.size > 0) {
      const rows = [...groups].map(([code, name]) => ({ code, name_da: name, name_en: name }));
      const ids = this.commit ? await insertGroups(this.db, rows) : rows.map((r) => ({ id: this.nextStandIn--, code: r.code }));
      for (const { id, code } of ids) this.groups.set(code, id);
      this.created.groups.push(...groups.keys());
    }
    if (areas.size > 0) {
      const rows = [...areas].map(([code, name]) => ({ code, name_da: name, name_en: name, kind: 'other' as const, parent_id: null }));
      const ids = this.commit ? await insertAreas(this.db, rows) : rows.map((r) => ({ id: this.nextStandIn--, code: r.code }));
      for (const { id, code } of ids) {
        this.areas.set(code, id);
        this.areaCodes.set(id, code);
      }
      this.created.areas.push(...areas.keys());
    }
  }

  private creatableIndicator(code: string): IndicatorDraft | null {
    const draft = this.drafts.get(code);
    return draft && draft.goalCode !== null && this.goals.has(draft.goalCode) ? draft : null;
  }

  private async createIndicator(draft: IndicatorDraft): Promise<void> {
    const areaId = draft.areaCode === null ? this.homeAreaId : (this.areas.get(draft.areaCode) ?? null);
    const id = this.commit
      ? (
          await insertIndicator(this.db, {
            policy_id: this.policy.id,
            goal_id: this.goals.get(draft.goalCode!)!,
            code: draft.code,
            sort_order: this.sortOrder++,
            title_da: draft.titleDa,
            title_en: draft.titleEn,
            description_da: draft.descriptionDa,
            description_en: draft.descriptionEn,
            unit: draft.unit,
            unit_en: draft.unitEn,
            precision: 1,
            direction: draft.direction,
            baseline_period: null,
            target_value: null,
            target_period: null,
            tolerance: 0,
            method: null,
            limit_value: null,
            is_main: 0,
            headline_kind: 'total',
            headline_group_id: null,
            reference_group_id: null,
            default_area_id: areaId,
            data_owner_id: null,
            source_da: draft.sourceDa,
            source_en: draft.sourceEn,
            update_frequency: draft.frequency ?? 'irregular',
            min_value: null,
            max_value: null,
          })
        ).id
      : this.nextStandIn--;
    const ref: IndicatorRef = {
      id,
      code: draft.code,
      frequency: draft.frequency,
      minValue: null,
      maxValue: null,
      defaultAreaId: areaId,
      created: true,
      kinds: new Set(),
    };
    this.indicators.set(draft.code, ref);
    this.created.indicators.push(draft.code);
  }

  /** `no_goal`: the metadata defines it, but the mapping names no goal of the policy for it. */
  indicator(code: string): Resolved<IndicatorRef, 'unknown' | 'no_goal'> {
    const known = this.indicators.get(code);
    if (known) return { ok: true, value: known };
    return { ok: false, reason: this.drafts.has(code) ? 'no_goal' : 'unknown' };
  }

  group(reference: Reference | null): Resolved<number> {
    const id = this.groups.get((reference ?? TOTAL_GROUP).code);
    return id === undefined ? { ok: false, reason: 'unknown' } : { ok: true, value: id };
  }

  /** The area named, else the indicator's default area, else the first area; `none` when there is no area at all. */
  area(reference: Reference | null, indicator: IndicatorRef | null): Resolved<{ id: number; code: string }, 'unknown' | 'none'> {
    if (reference !== null) {
      const id = this.areas.get(reference.code);
      return id === undefined ? { ok: false, reason: 'unknown' } : { ok: true, value: { id, code: reference.code } };
    }
    const id = indicator?.defaultAreaId ?? this.homeAreaId;
    if (id === null) return { ok: false, reason: 'none' };
    return { ok: true, value: { id, code: this.areaCodes.get(id) ?? String(id) } };
  }

  /** Notes that the indicator reports on the group, so its pages list the group; written by flushLinks. */
  linkGroup(indicatorId: number, groupId: number): void {
    const key = `${indicatorId}|${groupId}`;
    if (this.links.has(key)) return;
    this.links.add(key);
    if (this.commit) this.pendingLinks.push([indicatorId, groupId]);
  }

  async flushLinks(): Promise<void> {
    if (this.pendingLinks.length === 0) return;
    const links = this.pendingLinks;
    this.pendingLinks = [];
    await linkIndicatorGroups(
      this.db,
      links.map(([indicator_id, group_id]) => ({ indicator_id, group_id })),
    );
  }
}
