// Single sign-on: starting a sign-in at the identity provider, and turning
// the provider's answer into a Barometer account. The provider's claims are
// the source of truth for SSO users: their role follows the claims at every
// sign-in, and a person is created on first sign-in when a claim gives a role.
//
// Two limits on that. An account that exists here is linked to the provider's
// person by e-mail address only when the provider vouches for the address
// (`email_verified: true`, or OIDC_EMAIL_ALWAYS_VERIFIED for a provider that
// verifies every address but sends no such claim): otherwise anyone who can
// put that address on an account at the provider would take the account
// over. And the claims never take the role away from the last active
// administrator, which would leave nobody to manage Barometer.
import type { Kysely } from 'kysely';
import type { OidcClient } from '../../auth/oidc-client.js';
import { grantFromClaims } from '../../auth/role-claims.js';
import type { RoleGrant, RoleMap } from '../../auth/role-claims.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { deleteOidcLoginsBefore, insertOidcLogin, takeOidcLogin } from '../../db/repositories/oidc-logins.js';
import { retireAllTokensOfUser } from '../../db/repositories/tokens.js';
import { findUserByEmail, findUserByOidcIdentity, insertUser, updateUser } from '../../db/repositories/users.js';
import type { Database, UserRow } from '../../db/tables.js';
import { inTransaction } from '../change-context.js';
import { Conflict, Forbidden, Invalid } from '../errors.js';
import { idsForCodes } from './organisation-codes.js';
import { normaliseEmail, toSessionUser } from './session-user.js';
import type { SessionUser } from './session-user.js';
import { hasActiveAdministrator, toUserView } from './users.js';

/** A sign-in must come back from the provider within this time. */
const PENDING_SIGN_IN_MS = 10 * 60 * 1000;

export interface SingleSignOn {
  readonly client: OidcClient;
  readonly roleClaim: string;
  readonly roleMap: RoleMap;
  /** The provider verifies every address it sends, though without an `email_verified` claim (OIDC_EMAIL_ALWAYS_VERIFIED). */
  readonly emailAlwaysVerified?: boolean;
}

/** Starts a sign-in; returns the provider's address and the state to bind to the browser. */
export async function beginSingleSignOn(db: Kysely<Database>, sso: SingleSignOn, returnTo: string, now: Date) {
  const { url, pending } = await sso.client.begin();
  await deleteOidcLoginsBefore(db, new Date(now.getTime() - PENDING_SIGN_IN_MS).toISOString());
  await insertOidcLogin(db, {
    state: pending.state,
    nonce: pending.nonce,
    code_verifier: pending.codeVerifier,
    return_to: returnTo,
    created_at: now.toISOString(),
  });
  return { url, state: pending.state };
}

/** Completes a sign-in from the provider's callback; returns the person and where they were going. */
export async function completeSingleSignOn(db: Kysely<Database>, sso: SingleSignOn, callbackUrl: URL, state: string, now: Date) {
  const pending = await takeOidcLogin(db, state, new Date(now.getTime() - PENDING_SIGN_IN_MS).toISOString());
  if (!pending) throw new Invalid('error.sso.notStartedHere');
  const claims = await sso.client.complete(callbackUrl, { state: pending.state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
  const user = await signInWithClaims(db, sso, claims, now);
  return { user, returnTo: pending.return_to };
}

async function signInWithClaims(db: Kysely<Database>, sso: SingleSignOn, claims: Record<string, unknown>, now: Date): Promise<SessionUser> {
  const subject = typeof claims.sub === 'string' ? claims.sub : null;
  if (!subject) throw new Invalid('error.sso.noSubject');
  const email = typeof claims.email === 'string' ? normaliseEmail(claims.email) : null;
  const name = typeof claims.name === 'string' ? claims.name : '';
  const grant = grantFromClaims(claims, sso.roleClaim, sso.roleMap);
  if (!grant) throw new Forbidden('error.sso.noRole');

  return inTransaction(db, async (trx) => {
    const links = await resolveGrant(trx, grant);
    const at = now.toISOString();
    const issuer = sso.client.issuer;
    let before = await findUserByOidcIdentity(trx, issuer, subject);
    // An account invited by e-mail is linked on its first SSO sign-in, but only
    // when the provider vouches for the address.
    if (!before && email) {
      const byEmail = await findUserByEmail(trx, email);
      if (byEmail && byEmail.oidc_subject !== null) throw new Conflict('error.sso.otherIdentity', { email });
      if (byEmail && !vouchesForEmail(sso, claims)) {
        throw new Conflict('error.sso.notVouched', { email });
      }
      before = byEmail;
    }
    const values = { role: grant.role, ...links, ...(name ? { name } : {}), oidc_issuer: issuer, oidc_subject: subject, last_login_at: at };
    let after: UserRow;
    if (!before) {
      if (!email) throw new Invalid('error.sso.noEmail');
      after = await insertUser(trx, { email, name, language: 'da', password_hash: null, is_active: 1, created_at: at, updated_at: at, ...values });
      await recordAudit(trx, {
        at,
        actor: email,
        action: 'create',
        entity: 'user',
        entityId: after.id,
        after: { ...toUserView(after), via: 'single sign-on' },
      });
    } else {
      if (before.is_active !== 1) throw new Forbidden('error.sso.deactivated');
      after = (await updateUser(trx, before.id, { ...values, updated_at: at }))!;
      if (before.role !== after.role || before.administration_id !== after.administration_id || before.committee_id !== after.committee_id) {
        if (before.role === 'administrator' && !(await hasActiveAdministrator(trx))) {
          throw new Conflict('error.sso.lastAdministrator', { email: after.email });
        }
        await retireAllTokensOfUser(trx, after.id, at);
        await recordAudit(trx, {
          at,
          actor: after.email,
          action: 'update',
          entity: 'user',
          entityId: after.id,
          before: toUserView(before),
          after: { ...toUserView(after), via: 'single sign-on' },
        });
      }
    }
    await recordAudit(trx, { at, actor: after.email, action: 'sign-in', entity: 'user', entityId: after.id, after: { method: 'single sign-on' } });
    return toSessionUser(after);
  });
}

function vouchesForEmail(sso: SingleSignOn, claims: Record<string, unknown>): boolean {
  return claims.email_verified === true || sso.emailAlwaysVerified === true;
}

async function resolveGrant(db: Kysely<Database>, grant: RoleGrant) {
  const ids = await idsForCodes(db, grant);
  if (ids.administrationId === undefined) throw new Forbidden('error.sso.mappedAdministrationMissing', { code: String(grant.administrationCode) });
  if (ids.committeeId === undefined) throw new Forbidden('error.sso.mappedCommitteeMissing', { code: String(grant.committeeCode) });
  return { administration_id: ids.administrationId, committee_id: ids.committeeId };
}
