// The shapes of the open data: every JSON document the API and the
// downloads return, as zod schemas. They are the one source of the
// presenters' types (z.infer), of the OpenAPI document's components, and of
// the tests' checks of real responses.
import { z } from 'zod';

export const openDataRegistry = z.registry<{ id: string; description?: string }>();
const named = <T extends z.ZodType>(schema: T, id: string, description?: string): T => {
  openDataRegistry.add(schema, { id, description });
  return schema;
};

const TextSchema = named(z.object({ da: z.string(), en: z.string().nullable() }), 'Text', 'A text in Danish, and in English where it has been written.');
const StatusCode = z.enum([
  'progress',
  'unchanged',
  'regress',
  'target_reached',
  'no_data',
  'on_course',
  'too_slow',
  'off_course',
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
]);
const Colour = z.enum(['green', 'yellow', 'orange', 'red', 'grey']);
const Method = z.enum(['direction', 'trajectory', 'opensdg']);

export const PolicySummarySchema = named(
  z.object({
    code: z.string(),
    title: TextSchema,
    subtitle: TextSchema.nullable(),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    adoptedOn: z.string().nullable(),
    state: z.enum(['active', 'archived']),
    isCurrent: z.boolean(),
    links: z.object({ self: z.string(), page: z.string(), pageEn: z.string() }),
  }),
  'PolicySummary',
);

export const PolicySchema = named(
  PolicySummarySchema.extend({
    description: TextSchema.nullable(),
    defaultMethod: Method,
    focusAreas: z.array(
      z.object({ code: z.string(), number: z.number().int(), title: TextSchema, description: TextSchema.nullable(), goals: z.array(z.string()) }),
    ),
    committees: z.array(
      z.object({ code: z.string(), name: TextSchema, administration: TextSchema.nullable(), leadGoals: z.array(z.string()), sharedGoals: z.array(z.string()) }),
    ),
  }),
  'Policy',
);

export const GoalSchema = named(
  z.object({
    code: z.string(),
    number: z.number().int(),
    focusArea: z.string(),
    title: TextSchema,
    description: TextSchema.nullable(),
    committees: z.array(z.object({ code: z.string(), name: TextSchema, role: z.enum(['lead', 'shared']) })),
    indicators: z.array(z.string()),
  }),
  'Goal',
);

/** `unit` as it has always been sent: one string, in Danish. */
const DanishUnit = z
  .string()
  .describe("The headline's unit in Danish, as sent before units had two languages; `units` has it in both languages, and the group figures' unit.");

export const UnitsSchema = named(
  z
    .object({
      headline: TextSchema.describe('The unit of the headline figures: the total, the focus group, or the gap for a gap indicator.'),
      groups: TextSchema.describe(
        "The unit of every group's own figures. For most indicators the same as `headline`; a gap indicator's groups may differ (unemployment rates in percent, the gap between them in percentage points).",
      ),
    })
    // Described on the schema itself: the registry's description does not reach the generated document.
    .describe('The units the figures are in, in Danish and, where written, English (null: use the Danish).'),
  'Units',
);

export const IndicatorSchema = named(
  z.object({
    code: z.string(),
    goal: z.string(),
    title: TextSchema,
    description: TextSchema.nullable(),
    unit: DanishUnit,
    units: UnitsSchema,
    precision: z.number().int(),
    direction: z.enum(['increase', 'decrease']),
    headline: z.object({ kind: z.enum(['total', 'group', 'gap']), group: z.string().nullable(), reference: z.string().nullable() }),
    baselinePeriod: z.string().nullable(),
    target: z.object({ value: z.number(), period: z.string().nullable() }).nullable(),
    tolerance: z.number(),
    method: Method,
    isMain: z.boolean(),
    source: TextSchema.nullable(),
    dataOwner: TextSchema.nullable(),
    updateFrequency: z.enum(['yearly', 'quarterly', 'monthly', 'irregular']),
    links: z.object({ self: z.string(), series: z.string(), page: z.string(), pageEn: z.string() }),
  }),
  'Indicator',
);

const ObservationSchema = named(z.object({ period: z.string(), value: z.number(), provisional: z.boolean(), estimated: z.boolean() }), 'Observation');

export const SeriesSchema = named(
  z.object({
    indicator: z.string(),
    unit: DanishUnit,
    units: UnitsSchema,
    precision: z.number().int(),
    groups: z.array(z.object({ group: z.object({ code: z.string(), name: TextSchema }), observations: z.array(ObservationSchema) })),
    headline: z.object({ kind: z.enum(['total', 'group', 'gap']), observations: z.array(ObservationSchema) }),
  }),
  'Series',
);

const Figure = z.object({ period: z.string(), value: z.number() });
const Change = z.object({ from: Figure, change: z.number(), status: z.enum(['progress', 'unchanged', 'regress']) });

export const IndicatorStatusSchema = named(
  z.object({
    indicator: z.string(),
    status: StatusCode.nullable(),
    colour: Colour,
    method: Method,
    label: TextSchema,
    explanation: TextSchema.nullable(),
    latest: Figure.nullable(),
    baseline: Figure.nullable(),
    sinceBaseline: Change.nullable(),
    sincePrevious: Change.nullable(),
    score: z.number().nullable(),
  }),
  'IndicatorStatus',
);

export const RollUpStatusSchema = named(
  z.object({
    code: z.string(),
    colour: Colour,
    status: StatusCode.nullable(),
    basis: z.enum(['main_indicator', 'mean_score', 'majority', 'no_data']),
    decidedBy: z.string().nullable(),
    /** What the judged items agree on, or `mixed`; the words follow the counts. */
    verdict: z.enum(['progress', 'unchanged', 'limited', 'regress', 'mixed', 'no_data']),
    judged: z.number().int(),
    counts: z.object({ green: z.number().int(), yellow: z.number().int(), orange: z.number().int(), red: z.number().int(), grey: z.number().int() }),
    /** The verdict and its distribution in words: `Blandet billede: 5 af 14 i fremgang, …`. */
    words: z.object({ da: z.string(), en: z.string() }),
  }),
  'RollUpStatus',
);

export const StatusesSchema = named(
  z.object({
    policy: z.string(),
    /** The whole policy rolled up from its indicators. */
    overall: RollUpStatusSchema,
    indicators: z.array(IndicatorStatusSchema),
    goals: z.array(RollUpStatusSchema),
    focusAreas: z.array(RollUpStatusSchema),
    committees: z.array(RollUpStatusSchema),
  }),
  'Statuses',
);

const RevisionSchema = named(
  z.object({
    period: z.string(),
    group: z.string(),
    oldValue: z.number(),
    newValue: z.number(),
    reason: z.string().nullable(),
    release: z.number().int(),
    publishedOn: z.string().nullable(),
  }),
  'Revision',
);

export const IndicatorDataSchema = named(
  z.object({
    policy: z.string(),
    indicator: IndicatorSchema,
    status: IndicatorStatusSchema,
    series: SeriesSchema,
    revisions: z.array(RevisionSchema),
    lastUpdate: z.string().nullable(),
  }),
  'IndicatorData',
);

const MissingSchema = named(
  z.object({
    indicator: z.string(),
    administration: TextSchema.nullable(),
    missingSince: z.string().nullable(),
    reason: TextSchema.nullable(),
    expected: TextSchema.nullable(),
    explained: z.boolean(),
  }),
  'MissingFigure',
);

export const ReleaseSummarySchema = named(
  z.object({
    id: z.number().int(),
    title: TextSchema,
    note: TextSchema.nullable(),
    publishedOn: z.string(),
    withFigure: z.number().int(),
    total: z.number().int(),
    newFigureCount: z.number().int(),
    revisionCount: z.number().int(),
    missing: z.array(MissingSchema),
    links: z.object({ self: z.string(), page: z.string(), pageEn: z.string() }),
  }),
  'ReleaseSummary',
);

export const ReleaseSchema = named(
  ReleaseSummarySchema.extend({
    figures: z.array(
      z.object({
        indicator: z.string(),
        period: z.string(),
        group: z.string(),
        value: z.number(),
        provisional: z.boolean(),
        estimated: z.boolean(),
        replacedValue: z.number().nullable(),
        reason: z.string().nullable(),
      }),
    ),
  }),
  'Release',
);

// Registered for the OpenAPI document's error responses (ref('Error')).
export const ErrorSchema = named(z.object({ error: z.string(), message: z.string() }), 'Error');

export type PolicySummaryJson = z.infer<typeof PolicySummarySchema>;
export type PolicyJson = z.infer<typeof PolicySchema>;
export type GoalJson = z.infer<typeof GoalSchema>;
export type IndicatorJson = z.infer<typeof IndicatorSchema>;
export type SeriesJson = z.infer<typeof SeriesSchema>;
export type IndicatorStatusJson = z.infer<typeof IndicatorStatusSchema>;
export type RollUpStatusJson = z.infer<typeof RollUpStatusSchema>;
export type StatusesJson = z.infer<typeof StatusesSchema>;
export type IndicatorDataJson = z.infer<typeof IndicatorDataSchema>;
export type ReleaseSummaryJson = z.infer<typeof ReleaseSummarySchema>;
export type ReleaseJson = z.infer<typeof ReleaseSchema>;
