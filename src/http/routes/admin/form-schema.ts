// Zod schemas for form fields, as a browser sends them (strings, or nothing
// for an empty checkbox). Each problem carries a message key of the admin
// catalogue, so the form can say in Danish or English what is wrong, beside
// the field. Numbers accept a Danish decimal comma.
import { z } from 'zod';
import { parsePeriod } from '../../../domain/period.js';
import { isPlausibleEmail } from '../../../services/accounts/session-user.js';
import type { FieldProblem } from '../../../services/admin/edit-errors.js';
import type { FieldError } from '../../../views/admin/forms/shown-form.js';
import { isMessageKey } from '../../../i18n/index.js';
import type { MessageKey } from '../../../i18n/index.js';

/** A zod message that names a catalogue key and the values it needs. */
const problem = (key: MessageKey, values?: Record<string, number>) => (values ? `${key}|${JSON.stringify(values)}` : key);
const REQUIRED = problem('error.required');

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
/** Blank means "not given": undefined for a required field (so it says so), null for an optional one. */
const blank = (required: boolean) => (value: unknown) => {
  const v = trimmed(value);
  return v === '' || v === undefined || v === null ? (required ? undefined : null) : v;
};
/** Required fields give a T; optional ones a T or null. */
type Maybe<R extends boolean, T> = z.ZodType<R extends true ? T : T | null>;

/** Reads a field with `schema` after `prepare`; an optional field may also be null. */
function requiredOr<R extends boolean, T>(required: R, prepare: (value: unknown) => unknown, schema: z.ZodType<T>): Maybe<R, T> {
  // TypeScript cannot follow `required` into the conditional type; the two branches match it by hand.
  const read: z.ZodType<T> | z.ZodType<T | null> = required ? schema : schema.nullable();
  return z.preprocess(prepare, read) as Maybe<R, T>;
}

const missingOr = (key: MessageKey) => (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : problem(key));

export const requiredText = (max = 300) => z.preprocess(trimmed, z.string({ error: REQUIRED }).min(1, REQUIRED).max(max, problem('error.too_long', { max })));

export const optionalText = (max = 300) =>
  z.preprocess(
    blank(false),
    z
      .string({ error: problem('error.invalid') })
      .max(max, problem('error.too_long', { max }))
      .nullable(),
  );

export const code = () =>
  z.preprocess(
    trimmed,
    z
      .string({ error: REQUIRED })
      .min(1, REQUIRED)
      .max(60, problem('error.too_long', { max: 60 }))
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, problem('error.code')),
  );

function toNumber(pattern: RegExp) {
  return (value: unknown) => (typeof value === 'string' ? (pattern.test(value) ? Number(value.replace(',', '.')) : Number.NaN) : value);
}
const DECIMAL = /^[-+]?\d+([.,]\d+)?$/;
const INTEGER = /^[-+]?\d+$/;

export function decimal<R extends boolean>(options: { required: R; min?: number }) {
  let schema = z.number({ error: missingOr('error.number') });
  if (options.min !== undefined) schema = schema.min(options.min, problem(options.min === 0 ? 'error.min_zero' : 'error.range', { min: options.min }));
  return requiredOr(options.required, (v) => toNumber(DECIMAL)(blank(options.required)(v)), schema);
}

export function integer<R extends boolean>(options: { required: R; min: number; max: number }) {
  const range = problem('error.range', { min: options.min, max: options.max });
  const schema = z
    .number({ error: missingOr('error.integer') })
    .int(problem('error.integer'))
    .min(options.min, range)
    .max(options.max, range);
  return requiredOr(options.required, (v) => toNumber(INTEGER)(blank(options.required)(v)), schema);
}

export function choice<const T extends readonly [string, ...string[]], R extends boolean>(values: T, options: { required: R }) {
  const schema = z.enum(values, { error: missingOr('error.choice') });
  return requiredOr(options.required, blank(options.required), schema);
}

/** The id of a row chosen in a select. */
export function reference<R extends boolean>(options: { required: R }) {
  const schema = z
    .number({ error: missingOr('error.choice') })
    .int(problem('error.choice'))
    .positive(problem('error.choice'));
  return requiredOr(options.required, (v) => toNumber(INTEGER)(blank(options.required)(v)), schema);
}

/** The ids ticked in a group of checkboxes (none ticked sends nothing at all). */
export const references = () =>
  z.preprocess(
    (v) => (v === undefined ? [] : [v].flat().map((item) => toNumber(INTEGER)(item))),
    z.array(
      z
        .number({ error: problem('error.choice') })
        .int()
        .positive(),
      { error: problem('error.choice') },
    ),
  );

export const checkbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());

export function period<R extends boolean>(options: { required: R }) {
  const schema = z
    .string({ error: REQUIRED })
    .refine((text) => parsePeriod(text) !== null, problem('error.period'))
    .transform((text) => parsePeriod(text)!.label);
  return requiredOr(options.required, blank(options.required), schema);
}

export function isoDate<R extends boolean>(options: { required: R }) {
  const schema = z
    .string({ error: REQUIRED })
    .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), problem('error.date'));
  return requiredOr(options.required, blank(options.required), schema);
}

export function email<R extends boolean>(options: { required: R }) {
  const schema = z.string({ error: REQUIRED }).max(254, problem('error.email')).refine(isPlausibleEmail, problem('error.email'));
  return requiredOr(options.required, blank(options.required), schema);
}

export function webAddress<R extends boolean>(options: { required: R }) {
  const schema = z
    .string({ error: REQUIRED })
    .max(500, problem('error.too_long', { max: 500 }))
    .refine((text) => {
      try {
        return ['https:', 'http:'].includes(new URL(text).protocol);
      } catch {
        return false;
      }
    }, problem('error.url'));
  return requiredOr(options.required, blank(options.required), schema);
}

/** The version a form was opened at (hidden field). */
export const version = () => integer({ required: true, min: 1, max: Number.MAX_SAFE_INTEGER });

/** A problem a service found with one field, as the form shows it. */
export function problemOf(error: FieldProblem): Record<string, FieldError> {
  const key = `error.${error.problem}`;
  return { [error.field]: { key: isMessageKey(key) ? key : 'error.invalid' } };
}
