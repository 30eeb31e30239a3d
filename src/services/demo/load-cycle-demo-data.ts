// Loads the annual cycle's demo (data/demo/copenhagen-cycle.yaml) after the
// main demo data, inside the same transaction: the year's cycle from the
// defaults, then the committees' illustrative answers through the same
// services the task page uses, each at its own date in that year.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { parse } from 'yaml';
import { listTasksWithAssignees } from '../../db/repositories/cycles.js';
import { findPolicyByCode } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { createCycleFromDefaults } from '../cycle/create-cycle.js';
import { addAttachment } from '../cycle/task-attachments.js';
import { approveTask, saveTaskDraft, submitTask } from '../cycle/task-answering.js';
import { Invalid } from '../errors.js';
import { cycleDemoDataSchema } from './cycle-demo-schema.js';
import type { CycleDemoData } from './cycle-demo-schema.js';

/** The tables this data lives in, children first. */
export const CYCLE_TABLES_CHILDREN_FIRST = [
  'cycle_reminders',
  'cycle_task_history',
  'cycle_comments',
  'cycle_attachments',
  'cycle_submissions',
  'cycle_tasks',
  'cycle_milestones',
  'cycles',
] as const satisfies readonly (keyof Database)[];

const DEFAULT_CYCLE_DEMO_FILE = fileURLToPath(new URL('../../../data/demo/copenhagen-cycle.yaml', import.meta.url));

export async function readCycleDemoFile(file: string = DEFAULT_CYCLE_DEMO_FILE): Promise<CycleDemoData> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Invalid('error.demo.cycleUnreadable', { file, reason: (error as Error).message });
  }
  const parsed = cycleDemoDataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Invalid('error.demo.cycleNotValid', { file, path: issue.path.join('.'), problem: issue.message });
  }
  return parsed.data;
}

export interface CycleDemoLoadResult {
  cycles: number;
  milestones: number;
  tasks: number;
  answers: number;
}

export async function loadCycleDemoData(trx: Kysely<Database>, data: CycleDemoData, ctx: ChangeContext): Promise<CycleDemoLoadResult> {
  const policy = await findPolicyByCode(trx, data.policy);
  if (!policy) throw new Invalid('error.demo.cycleUnknownPolicy', { code: data.policy });
  // The cycle is set up at the start of its year, before the answers below.
  const created = await createCycleFromDefaults(
    trx,
    { policyId: policy.id, year: data.year },
    { actor: ctx.actor, now: new Date(Date.UTC(data.year, 0, 2, 8)) },
  );
  const tasks = await listTasksWithAssignees(trx, { cycleId: created.cycleId });
  for (const answer of data.answers) {
    const task = tasks.find((t) => t.kind === answer.task && t.committee_code === answer.committee);
    if (!task) throw new Invalid('error.demo.cycleUnknownTask', { year: data.year, committee: answer.committee, task: answer.task });
    // The demo's answers are written with the loader's rights, in the name of the person who gave them.
    const at = { actor: { ...ctx.actor, label: answer.by }, now: new Date(answer.at) };
    for (const file of answer.attachments) {
      await addAttachment(trx, task.id, { fileName: file.name, contentType: file.type, content: Buffer.from(file.text, 'utf8') }, at);
    }
    if (answer.draft) {
      await saveTaskDraft(trx, { taskId: task.id, fields: answer.fields }, at);
      continue;
    }
    await submitTask(trx, { taskId: task.id, fields: answer.fields }, at);
    if (answer.approved_at) await approveTask(trx, { taskId: task.id }, { actor: ctx.actor, now: new Date(answer.approved_at) });
  }
  return { cycles: 1, milestones: created.milestones, tasks: created.tasks, answers: data.answers.length };
}
