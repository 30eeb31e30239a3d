// The shape of the demo data file (data/demo/*.yaml), validated with zod so a
// mistake in the file is reported by path instead of loading half a city.
import { z } from 'zod';

const text = z.string().min(1);
const optionalText = z.string().min(1).optional();
const period = z.union([z.string(), z.number()]).transform(String);

const figure = z.union([
  z.number(),
  z.object({ value: z.number(), provisional: z.boolean().optional(), estimated: z.boolean().optional(), note: optionalText }),
]);

const indicator = z.object({
  code: text,
  main: z.boolean().default(false),
  title_da: text,
  title_en: optionalText,
  description_da: optionalText,
  description_en: optionalText,
  unit: text,
  unit_en: optionalText,
  /** A gap indicator's group figures in a unit of their own (e.g. procent where the gap is in procentpoint). */
  group_unit_da: optionalText,
  group_unit_en: optionalText,
  precision: z.number().int().min(0).max(6),
  direction: z.enum(['increase', 'decrease']),
  tolerance: z.number().min(0).default(0),
  method: z.enum(['direction', 'trajectory', 'opensdg']).optional(),
  baseline: period.optional(),
  target: z.object({ value: z.number(), period }).optional(),
  headline: z.object({
    kind: z.enum(['total', 'group', 'gap']),
    group: optionalText,
    reference: optionalText,
  }),
  owner: optionalText,
  source_da: optionalText,
  source_en: optionalText,
  frequency: z.enum(['yearly', 'quarterly', 'monthly', 'irregular']).default('yearly'),
  /** Figures by group code, then by period label. */
  series: z.record(z.string(), z.record(z.string(), figure)),
});

const goal = z.object({
  number: z.number().int(),
  code: text,
  title_da: text,
  title_en: optionalText,
  description_da: optionalText,
  description_en: optionalText,
  committees: z.array(text).min(1),
  all_committees: z.boolean().default(false),
  indicators: z.array(indicator),
});

const release = z.object({
  title_da: text,
  title_en: optionalText,
  published_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  periods: z.array(period).min(1),
  revisions: z.array(z.object({ indicator: text, period, group: text, value: z.number(), reason: text })).default([]),
  missing: z
    .array(
      z.object({
        indicator: text,
        administration: text,
        since: period.optional(),
        reason_da: optionalText,
        reason_en: optionalText,
        expected_da: optionalText,
        expected_en: optionalText,
      }),
    )
    .default([]),
});

const policy = z.object({
  code: text,
  title_da: text,
  title_en: optionalText,
  subtitle_da: optionalText,
  subtitle_en: optionalText,
  description_da: optionalText,
  description_en: optionalText,
  first_year: z.number().int(),
  last_year: z.number().int(),
  adopted_on: optionalText,
  state: z.enum(['draft', 'active', 'archived']),
  focus_areas: z.array(
    z.object({
      number: z.number().int(),
      code: text,
      title_da: text,
      title_en: optionalText,
      description_da: optionalText,
      description_en: optionalText,
      goals: z.array(goal),
    }),
  ),
  releases: z.array(release).default([]),
});

const named = { code: text, name_da: text, name_en: optionalText };

export const demoDataSchema = z.object({
  settings: z.record(z.string(), z.unknown()).default({}),
  administrations: z.array(z.object(named)),
  committees: z.array(z.object({ ...named, administration: optionalText })),
  groups: z.array(z.object(named)),
  areas: z.array(z.object({ ...named, kind: z.enum(['municipality', 'district', 'region', 'country', 'other']) })),
  policies: z.array(policy),
});

export type DemoData = z.infer<typeof demoDataSchema>;
export type DemoPolicy = DemoData['policies'][number];
export type DemoIndicator = z.infer<typeof indicator>;
export type DemoRelease = z.infer<typeof release>;
