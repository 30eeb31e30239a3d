// Small helpers the cycle's routes share: today's date, query and form
// values, and the views a person may switch between.
import type { FastifyRequest } from 'fastify';
import { canManageCycle, canOpenCommitteeCycle, canViewCycle } from '../../../../domain/permissions.js';
import type { Actor } from '../../../../domain/permissions.js';
import { toIsoDate } from '../../../../services/change-context.js';
import type { CycleView } from '../../../../views/admin/cycle/cycle-frame.js';
import { formValues } from '../read-form.js';

export function todayOf(now: () => Date): string {
  return toIsoDate(now());
}

export function queryText(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function queryId(request: FastifyRequest, name: string): number | undefined {
  const text = queryText(request, name);
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}

/** The posted form as text values (repeated names keep the last). */
export function formOf(request: FastifyRequest): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(formValues(request))) {
    const last = typeof value === 'string' ? value : value?.at(-1);
    if (last !== undefined) form[key] = last;
  }
  return form;
}

/** A whole number from a form field, or undefined. */
export function formNumber(form: Record<string, string>, name: string): number | undefined {
  const text = (form[name] ?? '').trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

export function viewsFor(actor: Actor): CycleView[] {
  const views: CycleView[] = [];
  if (canViewCycle(actor)) views.push('wheel', 'list');
  if (canManageCycle(actor)) views.push('board');
  if (canOpenCommitteeCycle(actor)) views.push('committee');
  return views;
}
