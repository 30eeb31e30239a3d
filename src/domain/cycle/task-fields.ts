// The structured text fields a submission has, per kind of task. The labels
// live in the admin catalogue under `field.<key>`; a submission stores a JSON
// object with exactly these keys.
import type { TaskKind } from './default-milestones.js';

export const TASK_FIELDS: Readonly<Record<TaskKind, readonly string[]>> = {
  figures: ['delivered_indicators', 'missing_indicators', 'notes'],
  economic_overview: ['initiatives_and_funding', 'changes_since_last_year', 'notes'],
  status_statement: ['challenges', 'initiatives', 'results', 'next_steps'],
  action_plan: ['revision_summary', 'result_targets', 'notes'],
  other: ['answer'],
};

/** Only the kind's fields, trimmed, as strings; anything else is dropped. */
export function pickTaskFields(kind: TaskKind, input: Readonly<Record<string, unknown>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of TASK_FIELDS[kind]) {
    const value = input[key];
    fields[key] = typeof value === 'string' ? value.trim() : '';
  }
  return fields;
}

/** A submitted answer must say something: at least one field filled. */
export function hasContent(fields: Readonly<Record<string, string>>): boolean {
  return Object.values(fields).some((value) => value.trim() !== '');
}
