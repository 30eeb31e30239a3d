// What an action-plan form sends: the plan's title and summary, and its
// initiatives, each with a concrete result target, the goals it serves, an
// optional indicator that shows its progress, and a budget per year.
import { z } from 'zod';
import { id, isoDate, kroner, optionalText, parseInput, requiredText, year } from '../projects/input-fields.js';

const initiativeSchema = z
  .object({
    title: requiredText,
    description: optionalText,
    resultTarget: requiredText,
    indicatorId: id.nullish().transform((v) => v ?? null),
    owner: optionalText,
    firstYear: year,
    lastYear: year,
    goalIds: z.array(id).default([]),
    budgets: z.array(z.object({ year, amountKr: kroner })).default([]),
  })
  .refine((i) => i.lastYear >= i.firstYear, { message: 'must not be before the first year', path: ['lastYear'] })
  .refine((i) => new Set(i.budgets.map((b) => b.year)).size === i.budgets.length, { message: 'has a year twice', path: ['budgets'] })
  .refine((i) => i.budgets.every((b) => b.year >= i.firstYear && b.year <= i.lastYear), {
    message: "has a year outside the initiative's period",
    path: ['budgets'],
  });

export const planContentSchema = z.object({
  title: requiredText,
  summary: optionalText,
  approvedOn: isoDate.nullish().transform((v) => v ?? null),
  initiatives: z.array(initiativeSchema),
});

export type PlanContentInput = z.input<typeof planContentSchema>;
export type PlanContent = z.output<typeof planContentSchema>;

export function parsePlanContent(input: unknown): PlanContent {
  return parseInput(planContentSchema, input, 'error.thing.actionPlan');
}
