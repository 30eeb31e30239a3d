// The one mapping from a service error to its HTTP status, for the API's
// error handler, the admin area's error pages and every form that answers a
// refusal itself: the same refusal gets the same status everywhere.
import type { ServiceError, ServiceErrorId } from '../services/errors.js';

const STATUS_BY_ID: Record<ServiceErrorId, 404 | 403 | 400 | 409> = { not_found: 404, forbidden: 403, invalid: 400, conflict: 409 };

export function statusOf(error: ServiceError): 404 | 403 | 400 | 409 {
  return STATUS_BY_ID[error.id];
}
