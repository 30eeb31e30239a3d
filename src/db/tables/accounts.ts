// Accounts and rights (migration 2026-11-22T0500-accounts): people, their
// sessions, the one-time links that invite them or reset a password, the
// record of failed logins, and single sign-ons in progress.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { Lang } from '../../domain/number-format.js';
import type { Role } from '../../domain/permissions.js';
import type { Flag } from './columns.js';

/** The language a person reads the admin area and their e-mails in. */
export type UserLanguage = Lang;

export interface UsersTable {
  id: Generated<number>;
  /** Stored lower-cased and trimmed. */
  email: string;
  name: string;
  role: Role;
  /** The administration a data supplier delivers for. */
  administration_id: number | null;
  /** The committee a committee member sits on. */
  committee_id: number | null;
  language: UserLanguage;
  /** Argon2id; null until an invitation is accepted, or for single sign-on only. */
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  is_active: Flag;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  version: Generated<number>;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session cookie's value. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type OneTimeTokenPurpose = 'invitation' | 'password_reset';

export interface OneTimeTokensTable {
  id: Generated<number>;
  /** SHA-256 (hex) of the token sent by e-mail. */
  token_hash: string;
  purpose: OneTimeTokenPurpose;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /** The normalised e-mail address that was tried. */
  account: string;
  ip: string;
  at: string;
}

/** A single sign-on started here and not yet completed at the provider. */
export interface OidcLoginsTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: string;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  login_failures: LoginFailuresTable;
  oidc_logins: OidcLoginsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type OneTimeTokenRow = Selectable<OneTimeTokensTable>;
