// Mapping files: how the columns of an Open SDG file or the dimensions of a
// JSON-stat dataset become Barometer's indicator, period, groups and areas.
// Written in YAML (or JSON, which YAML reads too) and checked with zod, so a
// mistake is reported by its path instead of importing figures wrongly.
import { parse } from 'yaml';
import { z } from 'zod';
import { fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';
import { nameOf, readWholeText } from './source-input.js';
import type { LocalInput } from './source-input.js';

const code = z.string().trim().min(1);
const codesByName = z.record(z.string(), code).default({});

export const openSdgMappingSchema = z
  .object({
    /** The indicator the figures belong to; by default the id in the file name (`indicator_8-5-2.csv`). */
    indicator: code.optional(),
    /** Series values to indicator codes; the Series column then chooses the indicator instead of the group. */
    series: z.record(z.string(), code).optional(),
    /** The goal an indicator created from the metadata belongs to. */
    goal: code.optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    /** How often an indicator created from the metadata is measured; by default what its figures show. */
    frequency: z.enum(['yearly', 'quarterly', 'monthly', 'irregular']).optional(),
    /** The area of rows without a GeoCode; by default the indicator's default area. */
    area: code.optional(),
    /** Columns to leave out entirely. */
    ignore: z.array(z.string()).default([]),
    /** Columns that describe a figure rather than tell figures apart, besides the usual ones. */
    attributes: z.array(z.string()).default([]),
    /** Generated group names (`Sex: Female`) to the codes of existing groups. */
    groups: codesByName,
    /** GeoCodes to the codes of existing areas. */
    areas: codesByName,
    /** The group of rows with no disaggregation. */
    total: code.default('total'),
  })
  .strict();

export type OpenSdgMapping = z.infer<typeof openSdgMappingSchema>;

export const jsonStatMappingSchema = z
  .object({
    /** The one indicator of the dataset, or a dimension whose categories name indicators. */
    indicator: z.union([code, z.object({ dimension: code, codes: z.record(z.string(), code) }).strict()]),
    /** The time dimension (StatBank calls it `Tid`). */
    period: code,
    /** Dimensions whose categories tell groups apart. */
    groups: z.array(code).default([]),
    /** The dimension of areas (StatBank: `OMRÅDE`); without one, the indicator's default area. */
    area: code.optional(),
    /** Categories that mean "all" in a group dimension (StatBank: `TOT`), by dimension. */
    totals: z.record(z.string(), z.array(z.string())).default({}),
    /** Dimensions left out must have one category, or one chosen here. */
    select: z.record(z.string(), z.string()).default({}),
    /** Generated group names (`Køn: Kvinder`) to the codes of existing groups. */
    groupCodes: codesByName,
    /** Area categories to the codes of existing areas. */
    areaCodes: codesByName,
    total: code.default('total'),
  })
  .strict();

export type JsonStatMapping = z.infer<typeof jsonStatMappingSchema>;

export type MappingResult<T> = { ok: true; mapping: T } | { ok: false; problem: ImportProblem };

/** Checks an already parsed mapping against a schema. */
export function checkMapping<T>(schema: z.ZodType<T>, raw: unknown): MappingResult<T> {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return { ok: false, problem: fileProblem('invalid_mapping', `The mapping is not valid${where}: ${issue.message}`) };
}

/** Reads a mapping file (YAML or JSON), from disk or uploaded; no mapping is the empty one, which the schema completes or refuses. */
export async function readMapping<T>(schema: z.ZodType<T>, input: LocalInput | undefined): Promise<MappingResult<T>> {
  if (!input) return checkMapping(schema, {});
  let raw: unknown;
  try {
    raw = parse(await readWholeText(input));
  } catch (error) {
    return { ok: false, problem: fileProblem('invalid_mapping', `The mapping file ${nameOf(input)} cannot be read: ${(error as Error).message}`) };
  }
  return checkMapping(schema, raw);
}
