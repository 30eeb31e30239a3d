// Loads the demo data into the database in one transaction: reference data,
// policies with their tree, then each release staged and published through
// the release service, so the published figures carry a real history.
import type { Kysely } from 'kysely';
import { toPeriod } from '../../domain/period.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { insertIndicator, linkIndicatorGroup } from '../../db/repositories/indicators.js';
import { insertAdministration, insertArea, insertCommittee, insertGroup } from '../../db/repositories/organisation.js';
import { countPolicies, insertFocusArea, insertGoal, insertPolicy, linkGoalCommittee } from '../../db/repositories/policies.js';
import { writeSetting } from '../../db/repositories/settings.js';
import type { Database } from '../../db/tables.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Invalid } from '../errors.js';
import { createRelease } from '../releases/create.js';
import { recordMissingFigure } from '../releases/missing.js';
import { publishRelease } from '../releases/publish.js';
import { stageFigures } from '../releases/stage.js';
import type { FigureInput } from '../releases/stage.js';
import type { CycleDemoData } from './cycle-demo-schema.js';
import type { DemoData, DemoIndicator, DemoPolicy } from './demo-schema.js';
import { loadCycleDemoData, readCycleDemoFile } from './load-cycle-demo-data.js';
import type { CycleDemoLoadResult } from './load-cycle-demo-data.js';
import { loadProjectDemoData } from './load-project-demo-data.js';
import type { ProjectDemoLoadResult } from './load-project-demo-data.js';
import type { ProjectDemoData } from './project-demo-schema.js';
import { wipeModelData } from './wipe-data.js';

interface Lookup {
  administrations: Map<string, number>;
  committees: Map<string, number>;
  groups: Map<string, number>;
  areaId: number;
}

export interface DemoLoadResult {
  policies: number;
  indicators: number;
  releases: number;
  figures: number;
  projectBank: ProjectDemoLoadResult | null;
  cycle: CycleDemoLoadResult | null;
}

/**
 * Loads demo data into an empty database; `force` empties a non-empty one
 * first. `projects` (action plans, the project bank, consultation input)
 * refers to the committees and goals of `data`, so it loads after them.
 * `cycle` (the annual cycle) likewise; when it is not given but `projects`
 * is (the Copenhagen demo), the shipped cycle demo file comes with it.
 */
export async function loadDemoData(
  db: Kysely<Database>,
  data: DemoData,
  options: { force?: boolean; projects?: ProjectDemoData; cycle?: CycleDemoData },
  ctx: ChangeContext,
): Promise<DemoLoadResult> {
  const cycle = options.cycle ?? (options.projects ? await readCycleDemoFile() : undefined);
  return inTransaction(db, async (trx) => {
    if ((await countPolicies(trx)) > 0) {
      if (!options.force) throw new Conflict('error.demo.notEmpty');
      await wipeModelData(trx);
    }
    const at = ctx.now.toISOString();
    for (const [key, value] of Object.entries(data.settings)) await writeSetting(trx, key, value, at);
    const lookup = await insertReferenceData(trx, data);
    const result: DemoLoadResult = { policies: 0, indicators: 0, releases: 0, figures: 0, projectBank: null, cycle: null };
    for (const policy of data.policies) {
      const counts = await insertPolicyWithReleases(trx, policy, lookup, ctx);
      result.policies += 1;
      result.indicators += counts.indicators;
      result.releases += counts.releases;
      result.figures += counts.figures;
    }
    if (options.projects) result.projectBank = await loadProjectDemoData(trx, options.projects, ctx);
    if (cycle) result.cycle = await loadCycleDemoData(trx, cycle, ctx);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'load-demo', entity: 'database', after: result });
    return result;
  });
}

async function insertReferenceData(trx: Kysely<Database>, data: DemoData): Promise<Lookup> {
  const administrations = new Map<string, number>();
  for (const a of data.administrations) {
    administrations.set(a.code, (await insertAdministration(trx, { code: a.code, name_da: a.name_da, name_en: a.name_en ?? null })).id);
  }
  const committees = new Map<string, number>();
  for (const [index, c] of data.committees.entries()) {
    const administrationId = c.administration ? need(administrations, c.administration, 'administration') : null;
    const row = await insertCommittee(trx, {
      code: c.code,
      name_da: c.name_da,
      name_en: c.name_en ?? null,
      administration_id: administrationId,
      sort_order: index,
    });
    committees.set(c.code, row.id);
  }
  const groups = new Map<string, number>();
  for (const g of data.groups) groups.set(g.code, (await insertGroup(trx, { code: g.code, name_da: g.name_da, name_en: g.name_en ?? null })).id);
  let areaId: number | undefined;
  for (const a of data.areas) {
    const row = await insertArea(trx, { code: a.code, name_da: a.name_da, name_en: a.name_en ?? null, kind: a.kind, parent_id: null });
    areaId ??= row.id;
  }
  if (areaId === undefined) throw new Invalid('error.demo.noArea');
  return { administrations, committees, groups, areaId };
}

function need(map: Map<string, number>, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Invalid('error.demo.unknown', { what, code });
  return id;
}

async function insertPolicyWithReleases(trx: Kysely<Database>, p: DemoPolicy, lookup: Lookup, ctx: ChangeContext) {
  const policy = await insertPolicy(trx, {
    code: p.code,
    title_da: p.title_da,
    title_en: p.title_en ?? null,
    subtitle_da: p.subtitle_da ?? null,
    subtitle_en: p.subtitle_en ?? null,
    description_da: p.description_da ?? null,
    description_en: p.description_en ?? null,
    first_year: p.first_year,
    last_year: p.last_year,
    adopted_on: p.adopted_on ?? null,
    state: p.state,
    default_method: 'direction',
  });
  const indicators = new Map<string, { id: number; spec: DemoIndicator }>();
  for (const fa of p.focus_areas) {
    const area = await insertFocusArea(trx, {
      policy_id: policy.id,
      number: fa.number,
      code: fa.code,
      title_da: fa.title_da,
      title_en: fa.title_en ?? null,
      description_da: fa.description_da ?? null,
      description_en: fa.description_en ?? null,
    });
    for (const g of fa.goals) {
      const goal = await insertGoal(trx, {
        policy_id: policy.id,
        focus_area_id: area.id,
        number: g.number,
        code: g.code,
        title_da: g.title_da,
        title_en: g.title_en ?? null,
        description_da: g.description_da ?? null,
        description_en: g.description_en ?? null,
      });
      for (const code of g.committees)
        await linkGoalCommittee(trx, { goal_id: goal.id, committee_id: need(lookup.committees, code, 'committee'), role: 'lead' });
      if (g.all_committees) {
        for (const [code, id] of lookup.committees) {
          if (!g.committees.includes(code)) await linkGoalCommittee(trx, { goal_id: goal.id, committee_id: id, role: 'shared' });
        }
      }
      for (const [order, spec] of g.indicators.entries()) {
        const id = await insertDemoIndicator(trx, policy.id, goal.id, order, spec, lookup);
        indicators.set(spec.code, { id, spec });
      }
    }
  }
  let figures = 0;
  for (const r of p.releases) {
    const release = await createRelease(trx, { policyId: policy.id, titleDa: r.title_da, titleEn: r.title_en ?? null }, ctx);
    const staged = figuresForPeriods(indicators, r.periods, lookup);
    for (const rev of r.revisions) {
      const indicator = need(new Map([...indicators].map(([k, v]) => [k, v.id])), rev.indicator, 'indicator');
      staged.push({
        indicatorId: indicator,
        period: rev.period,
        groupId: need(lookup.groups, rev.group, 'group'),
        areaId: lookup.areaId,
        value: rev.value,
        reason: rev.reason,
      });
    }
    await stageFigures(trx, release.id, staged, ctx);
    for (const m of r.missing) {
      const indicator = indicators.get(m.indicator);
      if (!indicator) throw new Invalid('error.demo.unknownIndicator', { code: m.indicator });
      await recordMissingFigure(
        trx,
        release.id,
        {
          indicatorId: indicator.id,
          administrationId: need(lookup.administrations, m.administration, 'administration'),
          missingSince: m.since ?? null,
          reasonDa: m.reason_da ?? null,
          reasonEn: m.reason_en ?? null,
          expectedDa: m.expected_da ?? null,
          expectedEn: m.expected_en ?? null,
        },
        ctx,
      );
    }
    await publishRelease(trx, release.id, { publishedOn: r.published_on }, ctx);
    figures += staged.length;
  }
  return { indicators: indicators.size, releases: p.releases.length, figures };
}

async function insertDemoIndicator(trx: Kysely<Database>, policyId: number, goalId: number, order: number, spec: DemoIndicator, lookup: Lookup) {
  const headlineGroup = spec.headline.group ? need(lookup.groups, spec.headline.group, 'group') : null;
  const referenceGroup = spec.headline.reference ? need(lookup.groups, spec.headline.reference, 'group') : null;
  if (spec.headline.kind !== 'total' && headlineGroup === null) throw new Invalid('error.demo.needsHeadlineGroup', { code: spec.code });
  if (spec.headline.kind === 'gap' && referenceGroup === null) throw new Invalid('error.demo.needsReferenceGroup', { code: spec.code });
  const row = await insertIndicator(trx, {
    policy_id: policyId,
    goal_id: goalId,
    code: spec.code,
    sort_order: order,
    title_da: spec.title_da,
    title_en: spec.title_en ?? null,
    description_da: spec.description_da ?? null,
    description_en: spec.description_en ?? null,
    unit: spec.unit,
    unit_en: spec.unit_en ?? null,
    group_unit_da: spec.group_unit_da ?? null,
    group_unit_en: spec.group_unit_en ?? null,
    precision: spec.precision,
    direction: spec.direction,
    baseline_period: spec.baseline ? toPeriod(spec.baseline).label : null,
    target_value: spec.target?.value ?? null,
    target_period: spec.target ? toPeriod(spec.target.period).label : null,
    tolerance: spec.tolerance,
    method: spec.method ?? null,
    limit_value: null,
    is_main: spec.main ? 1 : 0,
    headline_kind: spec.headline.kind,
    headline_group_id: headlineGroup,
    reference_group_id: referenceGroup,
    default_area_id: lookup.areaId,
    data_owner_id: spec.owner ? need(lookup.administrations, spec.owner, 'administration') : null,
    source_da: spec.source_da ?? null,
    source_en: spec.source_en ?? null,
    update_frequency: spec.frequency,
    min_value: null,
    max_value: null,
  });
  for (const group of Object.keys(spec.series)) await linkIndicatorGroup(trx, row.id, need(lookup.groups, group, 'group'));
  return row.id;
}

function figuresForPeriods(indicators: Map<string, { id: number; spec: DemoIndicator }>, periods: readonly string[], lookup: Lookup): FigureInput[] {
  const wanted = new Set(periods.map((p) => toPeriod(p).label));
  const figures: FigureInput[] = [];
  for (const { id, spec } of indicators.values()) {
    for (const [group, byPeriod] of Object.entries(spec.series)) {
      for (const [label, figure] of Object.entries(byPeriod)) {
        if (!wanted.has(toPeriod(label).label)) continue;
        const value = typeof figure === 'number' ? { value: figure } : figure;
        figures.push({
          indicatorId: id,
          period: label,
          groupId: need(lookup.groups, group, 'group'),
          areaId: lookup.areaId,
          value: value.value,
          provisional: 'provisional' in value ? value.provisional : false,
          estimated: 'estimated' in value ? value.estimated : false,
          note: 'note' in value ? (value.note ?? null) : null,
        });
      }
    }
  }
  return figures;
}
