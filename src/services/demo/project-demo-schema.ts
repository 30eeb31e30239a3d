// The shape of the project-bank demo file (data/demo/copenhagen-projects.yaml):
// action plans with their versions, projects with monitoring, evaluations and
// decisions, and consultation inputs. Committees, goals and indicators are
// named by their codes in the main demo data. Objects are strict: in a YAML
// flow mapping an unquoted comma ends a value and turns the rest into a key,
// which would otherwise be dropped without a word.
import { z } from 'zod';

const text = z.string().min(1);
const optionalText = z.string().min(1).optional();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const quarter = z.union([z.string(), z.number()]).transform(String);

const initiative = z.strictObject({
  title: text,
  description: optionalText,
  result_target: text,
  indicator: optionalText,
  owner: optionalText,
  years: z.tuple([z.number().int(), z.number().int()]),
  goals: z.array(text).default([]),
  /** Whole kroner by year. */
  budgets: z.record(z.string().regex(/^\d{4}$/), z.number().int().min(0)).default({}),
});

const planVersion = z.strictObject({
  title: text,
  summary: optionalText,
  approved_on: date.optional(),
  revision_note: optionalText,
  initiatives: z.array(initiative),
});

const project = z.strictObject({
  reference: optionalText,
  title: text,
  description: optionalText,
  owner: text,
  committee: text,
  administration: optionalText,
  goals: z.array(text).default([]),
  start: date,
  end: date,
  budget: z.number().int().min(0).optional(),
  cofunding: z.number().int().min(0).default(0),
  funding_source: optionalText,
  target_group: optionalText,
  contact: optionalText,
  internal: z.strictObject({ case_number: optionalText, note: optionalText }).default({}),
  monitoring: z
    .array(
      z.strictObject({
        quarter,
        rating: z.enum(['green', 'yellow', 'red']),
        comment: text,
        follow_up: z.strictObject({ on: date, note: optionalText }).optional(),
      }),
    )
    .default([]),
  evaluations: z
    .array(
      z.strictObject({ state: z.enum(['planned', 'done']), method: text, planned_for: date.optional(), completed_on: date.optional(), result: optionalText }),
    )
    .default([]),
  decisions: z
    .array(z.strictObject({ kind: z.enum(['anchor', 'extend', 'end']), decided_on: date, extended_until: date.optional(), note: optionalText }))
    .default([]),
});

const consultationInput = z.strictObject({
  source: z.enum(['public_meeting', 'micro_panel', 'blog', 'written_answer']),
  date,
  /** Left out for an anonymous input. */
  author: optionalText,
  title: text,
  text,
  status: z.enum(['used', 'inspiration', 'set_aside']),
  goals: z.array(text).default([]),
  committees: z.array(text).default([]),
});

export const projectDemoDataSchema = z.strictObject({
  /** The code of the policy (in the main demo data) that plans, goals and inputs belong to. */
  policy: text,
  action_plans: z.array(z.strictObject({ committee: text, year: z.number().int(), versions: z.array(planVersion).min(1) })).default([]),
  projects: z.array(project).default([]),
  consultation: z.array(consultationInput).default([]),
});

export type ProjectDemoData = z.infer<typeof projectDemoDataSchema>;
export type DemoProject = ProjectDemoData['projects'][number];
export type DemoPlanVersion = z.infer<typeof planVersion>;
