// Reads the `:id` of an admin address; anything but a positive whole number
// is a page that does not exist, not a server error.
import { NotFound } from '../../../services/errors.js';

export function idParam(params: unknown): number {
  const raw = (params as Record<string, unknown> | undefined)?.id;
  const id = typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id)) throw new NotFound('error.noSuchPage');
  return id;
}
