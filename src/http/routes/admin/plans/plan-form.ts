// Reads the action-plan form: the plan's own fields and a repeated group of
// initiatives named `i0.title`, `i1.title`, …, each with a budget field per
// year (`i0.budget.2012`). An initiative left entirely blank, or ticked for
// removal, is not part of the plan. Problems are keyed by the field's name.
import { z } from 'zod';
import type { PlanContentInput } from '../../../../services/plans/plan-input.js';
import type { ActionPlanView } from '../../../../services/plans/plan-views.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { integer, isoDate, optionalText, reference, references, requiredText } from '../form-schema.js';
import { fieldsUnder, problem, readFields } from '../projects/screen-support.js';
import type { Problems } from '../projects/screen-support.js';
import type { Lang } from '../../../../i18n/index.js';

const MAX_INITIATIVES = 60;

const initiativeSchema = z.object({
  title: requiredText(300),
  description: optionalText(4000),
  resultTarget: requiredText(1000),
  indicatorId: reference({ required: false }),
  owner: optionalText(200),
  firstYear: integer({ required: true, min: 1900, max: 2200 }),
  lastYear: integer({ required: true, min: 1900, max: 2200 }),
  goalIds: references(),
});

const contentSchema = z.object({
  title: requiredText(300),
  summary: optionalText(4000),
  approvedOn: isoDate({ required: false }),
});

export const newPlanSchema = z.object({
  committeeId: reference({ required: true }),
  year: integer({ required: true, min: 1900, max: 2200 }),
});

export const revisionSchema = z.object({
  revisionNote: requiredText(1000),
  basedOnVersion: integer({ required: true, min: 1, max: 1_000_000 }),
});

/** How many initiative groups the form carries (the hidden count, bounded). */
export function initiativeCountOf(values: FormValues): number {
  const raw = Number(values.initiativeCount);
  return Number.isInteger(raw) && raw >= 0 ? Math.min(raw, MAX_INITIATIVES) : 0;
}

const isBlankValue = (value: string | readonly string[] | undefined) =>
  value === undefined || (typeof value === 'string' ? value.trim() === '' : value.every((v) => v.trim() === ''));

/** The years a budget is typed for in one initiative group. */
function budgetEntries(group: FormValues): [year: number, text: string][] {
  return Object.entries(group)
    .filter(([name, value]) => /^budget\.\d{4}$/.test(name) && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => [Number(name.slice(7)), (value as string).trim()]);
}

/**
 * The years shown as budget fields: the plan's year and the three after it
 * (the economic prioritisation of the coming years), the initiative's period
 * as typed, and any year that already holds an amount.
 */
export function budgetYearsOf(values: FormValues, index: number, planYear: number): number[] {
  const group = fieldsUnder(values, `i${index}.`);
  const years = new Set<number>();
  for (let y = planYear; y <= planYear + 3; y++) years.add(y);
  const first = Number(group.firstYear);
  const last = Number(group.lastYear);
  if (Number.isInteger(first) && Number.isInteger(last) && first >= 1900 && last <= 2200 && last >= first && last - first <= 10) {
    for (let y = first; y <= last; y++) years.add(y);
  }
  for (const [year] of budgetEntries(group)) years.add(year);
  return [...years].sort((a, b) => a - b);
}

function readInitiative(values: FormValues, index: number, lang: Lang, errors: Problems): PlanContentInput['initiatives'][number] | null {
  const prefix = `i${index}.`;
  const group = fieldsUnder(values, prefix);
  if (group.remove === 'on') return null;
  if (Object.entries(group).every(([, value]) => isBlankValue(value))) return null;
  const read = readFields(initiativeSchema, group, lang, prefix);
  const budgets: { year: number; amountKr: number }[] = [];
  // Amounts are whole kroner; `.` and spaces as thousands separators are allowed.
  for (const [year, text] of budgetEntries(group)) {
    const amount = /^\d{1,15}$/.test(text.replace(/[.\s]/g, '')) ? Number(text.replace(/[.\s]/g, '')) : Number.NaN;
    if (!Number.isSafeInteger(amount)) errors[`${prefix}budget.${year}`] = problem(lang, 'error.wholeKroner');
    else budgets.push({ year, amountKr: amount });
  }
  if (!read.ok) {
    Object.assign(errors, read.errors);
    return null;
  }
  const i = read.data;
  if (i.lastYear < i.firstYear) errors[`${prefix}lastYear`] = problem(lang, 'error.yearsOrder');
  for (const budget of budgets) {
    if (budget.year < i.firstYear || budget.year > i.lastYear) errors[`${prefix}budget.${budget.year}`] = problem(lang, 'error.budgetOutside');
  }
  return { ...i, budgets };
}

export type PlanFormRead = { ok: true; content: PlanContentInput } | { ok: false; errors: Problems };

/** The plan's content as typed, or every problem in it. */
export function readPlanContent(values: FormValues, lang: Lang): PlanFormRead {
  const errors: Problems = {};
  const head = readFields(contentSchema, values, lang);
  if (!head.ok) Object.assign(errors, head.errors);
  const initiatives: PlanContentInput['initiatives'] = [];
  for (let index = 0; index < initiativeCountOf(values); index++) {
    const initiative = readInitiative(values, index, lang, errors);
    if (initiative) initiatives.push(initiative);
  }
  if (!head.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, content: { ...head.data, initiatives } };
}

/** A version of a plan as the form's values, for its revision. */
export function planToForm(plan: ActionPlanView, indicatorIds: ReadonlyMap<string, number>, goalIds: ReadonlyMap<string, number>): FormValues {
  const values: Record<string, string | string[]> = {
    title: plan.shown.title,
    summary: plan.shown.summary ?? '',
    approvedOn: plan.shown.approvedOn ?? '',
    basedOnVersion: String(plan.shown.number),
    initiativeCount: String(plan.shown.initiatives.length + 1),
  };
  plan.shown.initiatives.forEach((initiative, index) => {
    const p = `i${index}.`;
    values[`${p}title`] = initiative.title;
    values[`${p}description`] = initiative.description ?? '';
    values[`${p}resultTarget`] = initiative.resultTarget;
    const indicatorId = initiative.indicatorCode ? indicatorIds.get(initiative.indicatorCode) : undefined;
    values[`${p}indicatorId`] = indicatorId === undefined ? '' : String(indicatorId);
    values[`${p}owner`] = initiative.owner ?? '';
    values[`${p}firstYear`] = String(initiative.firstYear);
    values[`${p}lastYear`] = String(initiative.lastYear);
    values[`${p}goalIds`] = initiative.goals
      .map((g) => goalIds.get(g.code))
      .filter((id): id is number => id !== undefined)
      .map(String);
    for (const budget of initiative.budgets) values[`${p}budget.${budget.year}`] = String(budget.amountKr);
  });
  return values;
}
