// Small helpers the cycle's routes share: the change context, today's date,
// query and form values, and the views a person may switch between.
import type { FastifyRequest } from 'fastify';
import { canManageCycle, canOpenCommitteeCycle, canViewCycle } from '../../../../domain/permissions.js';
import type { Actor } from '../../../../domain/permissions.js';
import type { ChangeContext } from '../../../../services/change-context.js';
import { toIsoDate } from '../../../../services/change-context.js';
import type { CycleView } from '../../../../views/admin/cycle/cycle-frame.js';

export function ctxOf(request: FastifyRequest, now: () => Date): ChangeContext {
  return { actor: request.user!, now: now() };
}

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
  const body = request.body;
  const form: Record<string, string> = {};
  if (!body || typeof body !== 'object') return form;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') form[key] = value;
    else if (Array.isArray(value) && typeof value.at(-1) === 'string') form[key] = value.at(-1) as string;
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
