// Loads the project-bank demo data (data/demo/copenhagen-projects.yaml) after
// the main demo data, inside the same transaction: action plans with their
// revisions, projects with their monitoring, evaluations and decisions, and
// the consultation inputs. Everything goes through the same services the
// admin screens use, so the demo has real versions, flags and audit rows.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { parse } from 'yaml';
import { recordAudit } from '../../db/repositories/audit.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations, listCommittees } from '../../db/repositories/organisation.js';
import { findPolicyByCode, listGoals } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { createConsultationInput } from '../consultation/consultation-inputs.js';
import { Invalid } from '../errors.js';
import { createActionPlan, reviseActionPlan } from '../plans/action-plans.js';
import type { PlanContentInput } from '../plans/plan-input.js';
import { recordMonitoringFollowUp, recordMonitoringReport } from '../projects/monitoring.js';
import { addEvaluation, recordDecision } from '../projects/outcomes.js';
import { createProject } from '../projects/projects.js';
import { projectDemoDataSchema } from './project-demo-schema.js';
import type { DemoPlanVersion, DemoProject, ProjectDemoData } from './project-demo-schema.js';

/** The tables this data lives in, children first: empty them before the main model's tables. */
export const PROJECT_BANK_TABLES_CHILDREN_FIRST = [
  'consultation_input_committees',
  'consultation_input_goals',
  'consultation_inputs',
  'project_decisions',
  'project_evaluations',
  'project_monitoring',
  'project_internal',
  'project_goals',
  'projects',
  'action_plan_budgets',
  'action_plan_initiative_goals',
  'action_plan_initiatives',
  'action_plan_versions',
  'action_plans',
] as const satisfies readonly (keyof Database)[];

const DEFAULT_PROJECT_DEMO_FILE = fileURLToPath(new URL('../../../data/demo/copenhagen-projects.yaml', import.meta.url));

export async function readProjectDemoFile(file: string = DEFAULT_PROJECT_DEMO_FILE): Promise<ProjectDemoData> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Invalid('error.demo.projectUnreadable', { file, reason: (error as Error).message });
  }
  const parsed = projectDemoDataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Invalid('error.demo.projectNotValid', { file, path: issue.path.join('.'), problem: issue.message });
  }
  return parsed.data;
}

export interface ProjectDemoLoadResult {
  actionPlans: number;
  planVersions: number;
  projects: number;
  monitoringReports: number;
  consultationInputs: number;
}

type Codes = (what: string, code: string) => number;

/** Loads the data; call it with the transaction the main demo data was loaded in. */
export async function loadProjectDemoData(trx: Kysely<Database>, data: ProjectDemoData, ctx: ChangeContext): Promise<ProjectDemoLoadResult> {
  const policy = await findPolicyByCode(trx, data.policy);
  if (!policy) throw new Invalid('error.demo.projectUnknownPolicy', { code: data.policy });
  const [committees, administrations, goals, indicators] = await Promise.all([
    listCommittees(trx),
    listAdministrations(trx),
    listGoals(trx, policy.id),
    listIndicatorsForPolicy(trx, policy.id),
  ]);
  const maps: Record<string, Map<string, number>> = {
    committee: new Map(committees.map((c) => [c.code, c.id])),
    administration: new Map(administrations.map((a) => [a.code, a.id])),
    goal: new Map(goals.map((g) => [g.code, g.id])),
    indicator: new Map(indicators.map((i) => [i.code, i.id])),
  };
  const idOf: Codes = (what, code) => {
    const found = maps[what]!.get(code);
    if (found === undefined) throw new Invalid('error.demo.projectUnknown', { what, code });
    return found;
  };
  const result: ProjectDemoLoadResult = { actionPlans: 0, planVersions: 0, projects: 0, monitoringReports: 0, consultationInputs: 0 };
  for (const plan of data.action_plans) {
    const [first, ...revisions] = plan.versions;
    const created = await createActionPlan(
      trx,
      { policyId: policy.id, committeeId: idOf('committee', plan.committee), year: plan.year, content: toPlanContent(first!, idOf) },
      ctx,
    );
    for (const [i, revision] of revisions.entries()) {
      await reviseActionPlan(
        trx,
        created.plan.id,
        { basedOnVersion: i + 1, revisionNote: revision.revision_note ?? '', content: toPlanContent(revision, idOf) },
        ctx,
      );
    }
    result.actionPlans += 1;
    result.planVersions += plan.versions.length;
  }
  for (const project of data.projects) result.monitoringReports += await loadProject(trx, project, idOf, ctx);
  result.projects = data.projects.length;
  for (const input of data.consultation) {
    await createConsultationInput(
      trx,
      {
        policyId: policy.id,
        sourceKind: input.source,
        receivedOn: input.date,
        author: input.author ?? null,
        title: input.title,
        body: input.text,
        status: input.status,
        goalIds: input.goals.map((g) => idOf('goal', g)),
        committeeIds: input.committees.map((c) => idOf('committee', c)),
      },
      ctx,
    );
  }
  result.consultationInputs = data.consultation.length;
  await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'load-project-demo', entity: 'database', after: result });
  return result;
}

function toPlanContent(version: DemoPlanVersion, idOf: Codes): PlanContentInput {
  return {
    title: version.title,
    summary: version.summary ?? null,
    approvedOn: version.approved_on ?? null,
    initiatives: version.initiatives.map((i) => ({
      title: i.title,
      description: i.description ?? null,
      resultTarget: i.result_target,
      indicatorId: i.indicator ? idOf('indicator', i.indicator) : null,
      owner: i.owner ?? null,
      firstYear: i.years[0],
      lastYear: i.years[1],
      goalIds: i.goals.map((g) => idOf('goal', g)),
      budgets: Object.entries(i.budgets).map(([year, amountKr]) => ({ year: Number(year), amountKr })),
    })),
  };
}

/** Creates one project with its follow-up; returns the number of monitoring reports. */
async function loadProject(trx: Kysely<Database>, p: DemoProject, idOf: Codes, ctx: ChangeContext): Promise<number> {
  const project = await createProject(
    trx,
    {
      reference: p.reference ?? null,
      title: p.title,
      description: p.description ?? null,
      owner: p.owner,
      committeeId: idOf('committee', p.committee),
      administrationId: p.administration ? idOf('administration', p.administration) : null,
      goalIds: p.goals.map((g) => idOf('goal', g)),
      startOn: p.start,
      endOn: p.end,
      budgetKr: p.budget ?? null,
      cofundingKr: p.cofunding,
      fundingSource: p.funding_source ?? null,
      targetGroup: p.target_group ?? null,
      contact: p.contact ?? null,
      internal: { caseNumber: p.internal.case_number ?? null, internalNote: p.internal.note ?? null },
    },
    ctx,
  );
  for (const report of p.monitoring) {
    await recordMonitoringReport(trx, project.id, { quarter: report.quarter, rating: report.rating, comment: report.comment }, ctx);
    if (report.follow_up)
      await recordMonitoringFollowUp(trx, project.id, { quarter: report.quarter, doneOn: report.follow_up.on, note: report.follow_up.note ?? null }, ctx);
  }
  for (const e of p.evaluations) {
    await addEvaluation(
      trx,
      project.id,
      { state: e.state, method: e.method, plannedFor: e.planned_for ?? null, completedOn: e.completed_on ?? null, result: e.result ?? null },
      ctx,
    );
  }
  for (const d of p.decisions) {
    await recordDecision(trx, project.id, { kind: d.kind, decidedOn: d.decided_on, extendedUntil: d.extended_until ?? null, note: d.note ?? null }, ctx);
  }
  return p.monitoring.length;
}
