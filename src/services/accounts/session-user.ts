// The signed-in person as the rest of the application sees them: the rights
// (an Actor for the permission predicates) and what the pages show.
import type { Actor } from '../../domain/permissions.js';
import type { UserLanguage, UserRow } from '../../db/tables.js';

export interface SessionUser extends Actor {
  readonly email: string;
  readonly name: string;
  readonly language: UserLanguage;
}

export function toSessionUser(row: UserRow): SessionUser {
  return Object.freeze({
    id: row.id,
    role: row.role,
    administrationId: row.administration_id,
    committeeId: row.committee_id,
    email: row.email,
    name: row.name,
    language: row.language,
    label: row.email,
  });
}

/** Addresses compare without case or surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A deliberately plain check; the real test is that the link arrives. */
export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) && email.length <= 254;
}
