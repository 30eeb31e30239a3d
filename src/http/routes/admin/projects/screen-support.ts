// What the plan, project and consultation screens share: reading a form with
// a zod schema into translated problems per field, today's date, and the
// query string as plain text values.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { toIsoDate } from '../../../../services/change-context.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { errorTexts } from '../../../../views/admin/forms/shown-form.js';
import { parseFormValues } from '../read-form.js';
import { t } from '../../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../../i18n/index.js';

export type Problems = Record<string, string>;
export type Read<T> = { ok: true; data: T } | { ok: false; errors: Problems };

/** Parses form fields; problems come back in the reader's language, keyed by field name. */
export function readFields<T>(schema: z.ZodType<T>, values: FormValues, lang: Lang, prefix = ''): Read<T> {
  const parsed = parseFormValues(schema, values);
  if (parsed.ok) return { ok: true, data: parsed.data };
  const texts = Object.entries(errorTexts(lang, parsed.errors));
  return { ok: false, errors: Object.fromEntries(texts.map(([field, text]) => [`${prefix}${field}`, text])) };
}

/** The fields of a form whose names start with `prefix`, without it (`i0.title` → `title`). */
export function fieldsUnder(values: FormValues, prefix: string): FormValues {
  const found: Record<string, string | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(values)) if (name.startsWith(prefix)) found[name.slice(prefix.length)] = value;
  return found;
}

export function problem(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  return t(lang, key, values);
}

export function todayOf(now: () => Date): string {
  return toIsoDate(now());
}

/** A query parameter as trimmed text; '' when absent or repeated oddly. */
export function queryText(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A query parameter as a positive whole number, or undefined. */
export function queryId(request: FastifyRequest, name: string): number | undefined {
  const text = queryText(request, name);
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}
