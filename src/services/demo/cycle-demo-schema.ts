// The shape of the annual cycle's demo file (data/demo/copenhagen-cycle.yaml):
// the policy and year of the cycle, and the answers committees have given.
import { z } from 'zod';

const text = z.string().min(1);
const moment = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

const answer = z.strictObject({
  committee: text,
  task: z.enum(['economic_overview', 'status_statement', 'action_plan']),
  at: moment,
  by: text,
  /** Saved but not submitted. */
  draft: z.boolean().default(false),
  approved_at: moment.optional(),
  fields: z.record(z.string(), z.string()),
  /** Small text files attached before the answer is submitted. */
  attachments: z.array(z.strictObject({ name: text, type: text, text })).default([]),
});

export const cycleDemoDataSchema = z.strictObject({
  policy: text,
  year: z.number().int(),
  answers: z.array(answer).default([]),
});

export type CycleDemoData = z.infer<typeof cycleDemoDataSchema>;
