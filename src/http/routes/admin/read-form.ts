// Reading a posted form: the values as typed (to show the form again) and,
// with a zod schema of form-schema.ts, the parsed data or the first problem
// of each field as a catalogue key. A body that is not an object (JSON
// `null`, a bare string) is read as an empty form, so a strange request gets
// the form back with its problems rather than an error.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FormValues } from '../../../views/admin/forms/form-values.js';
import type { FieldError } from '../../../views/admin/forms/shown-form.js';
import { isMessageKey } from '../../../i18n/index.js';

export type ReadForm<T> =
  | { readonly ok: true; readonly data: T; readonly values: FormValues }
  | { readonly ok: false; readonly errors: Record<string, FieldError>; readonly values: FormValues };

/** The posted fields as typed; {} when the body is not a form. */
export function formValues(request: FastifyRequest): FormValues {
  const body = request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as FormValues) : {};
}

/** One posted field as text; '' when absent or repeated. */
export function formText(request: FastifyRequest, name: string): string {
  const value = formValues(request)[name];
  return typeof value === 'string' ? value : '';
}

export function readForm<T>(request: FastifyRequest, schema: z.ZodType<T>): ReadForm<T> {
  return parseFormValues(schema, formValues(request));
}

/** For a part of a form (one repeated group's fields, say). */
export function parseFormValues<T>(schema: z.ZodType<T>, values: FormValues): ReadForm<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in errors)) errors[field] = toFieldError(issue.message);
  }
  return { ok: false, errors, values };
}

/** form-schema.ts writes a problem as `key` or `key|{"max":300}`. */
function toFieldError(message: string): FieldError {
  const [key = '', json] = message.split('|', 2);
  if (!isMessageKey(key)) return { key: 'error.invalid' };
  return json ? { key, values: JSON.parse(json) as Record<string, number> } : { key };
}
