// The person behind a request in the admin area and on the account pages.
// The admin guard (routes/admin/guard.ts) and the account routes send anyone
// not signed in to the sign-in page before a handler needs a user, so a
// handler may count on one; these say so in the types instead of `!`.
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../services/accounts/session-user.js';
import type { ChangeContext } from '../services/change-context.js';
import { Forbidden } from '../services/errors.js';

/** The signed-in person; Forbidden if a route outside the guard asks. */
export function signedInUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new Forbidden('error.signInFirst');
  return request.user;
}

/** Who changes something and when, for a service call. */
export function changeContextOf(request: FastifyRequest, now: () => Date): ChangeContext {
  return { actor: signedInUser(request), now: now() };
}
