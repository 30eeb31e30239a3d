// Reads the list's query string into a filter. A public GET form is read
// leniently: a value that is not one of the choices is ignored, not an error,
// so an old or hand-edited link still shows a list.
import { z } from 'zod';
import type { ProjectFilter } from '../../../domain/projects/project-filter.js';
import { isProjectStatus } from '../../../domain/projects/project-status.js';

const text = z.string().trim().max(200).optional().catch(undefined);

const querySchema = z.object({
  q: text,
  goal: text,
  committee: text,
  status: text,
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
});

export function readProjectFilter(query: unknown): ProjectFilter {
  const parsed = querySchema.catch({}).parse(query ?? {});
  const filter: { -readonly [K in keyof ProjectFilter]: ProjectFilter[K] } = {};
  if (parsed.q) filter.text = parsed.q;
  if (parsed.goal) filter.goalCode = parsed.goal;
  if (parsed.committee) filter.committeeCode = parsed.committee;
  if (parsed.status && isProjectStatus(parsed.status)) filter.status = parsed.status;
  if (parsed.year !== undefined) filter.year = parsed.year;
  return filter;
}
