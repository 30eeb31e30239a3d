// Field schemas shared by the plan, project and consultation inputs, and the
// one way an input that fails them becomes an Invalid error.
import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.js';
import { Invalid } from '../errors.js';

export const id = z.number().int().positive();

/** A real calendar day as `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'is not a calendar date');

/** Whole kroner, never negative. */
export const kroner = z.number().int('must be whole kroner').min(0).max(Number.MAX_SAFE_INTEGER);

export const year = z.number().int().min(1900).max(2200);

export const requiredText = z.string().trim().min(1, 'must not be empty');

/** Text that may be left out; blank text counts as left out. */
export const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((text) => (text ? text : null));

/** Parses input with the schema; the first problem becomes an Invalid error naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: MessageKey): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // zod's own words are English; the Danish message names the field without them.
  if (issue.path.length === 0) throw new Invalid('error.input', { what: { key: what }, problem: issue.message });
  throw new Invalid('error.input.field', { what: { key: what }, field: issue.path.join('.'), problem: issue.message });
}
