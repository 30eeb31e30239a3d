// Invitation and password-reset links: a one-time token, e-mailed as a link,
// that lets its holder choose a password. A new link of a kind retires the
// older ones; a used or expired link does nothing. Links end too when the
// account's address, role or organisation changes (see users.ts), and reset
// links are rationed per account, so the form cannot flood a mailbox.
import type { Kysely } from 'kysely';
import { hashPassword, passwordProblem } from '../../auth/passwords.js';
import type { HashingCost } from '../../auth/passwords.js';
import { hashSecretToken, isWellFormedToken, newSecretToken } from '../../auth/secret-tokens.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { clearLoginFailures } from '../../db/repositories/login-attempts.js';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.js';
import { countTokensIssuedSince, findUsableToken, insertOneTimeToken, markTokenUsed, retireTokensOfUser } from '../../db/repositories/tokens.js';
import { findUserByEmail, findUserById, updateUser } from '../../db/repositories/users.js';
import type { Database, OneTimeTokenPurpose, UserRow } from '../../db/tables.js';
import type { Mailer } from '../../mail/mailer.js';
import { canManageUsers } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import { readSiteSettings } from '../site-settings.js';
import { FieldProblem } from '../admin/edit-errors.js';
import { normaliseEmail, toSessionUser } from './session-user.js';
import type { SessionUser } from './session-user.js';
import { t } from '../../i18n/index.js';

/** The two kinds of link: an invitation to a new account, and a password reset. */
export type OneTimeLinkPurpose = OneTimeTokenPurpose;

const LINK_LIFETIME_MS: Record<OneTimeTokenPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

/** At most this many reset links per account and hour; further requests are answered the same way and send nothing. */
export const RESET_LINKS_PER_HOUR = 3;

const LINK_PATH: Record<OneTimeTokenPurpose, string> = { invitation: '/invitation/', password_reset: '/password/reset/' };

export interface LinkMailing {
  readonly mailer: Mailer;
  /** Where users reach Barometer, without a trailing slash. */
  readonly baseUrl: string;
}

async function issueLink(db: Kysely<Database>, user: UserRow, purpose: OneTimeTokenPurpose, now: Date, baseUrl: string): Promise<string> {
  const token = newSecretToken();
  await retireTokensOfUser(db, user.id, purpose, now.toISOString());
  await insertOneTimeToken(db, {
    token_hash: hashSecretToken(token),
    purpose,
    user_id: user.id,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]).toISOString(),
  });
  return `${baseUrl}${LINK_PATH[purpose]}${token}`;
}

async function mailLink(db: Kysely<Database>, user: UserRow, purpose: OneTimeTokenPurpose, link: string, mailing: LinkMailing) {
  const settings = await readSiteSettings(db);
  const lang = user.language;
  const site = lang === 'en' ? settings.barometer_name_en : settings.barometer_name_da;
  const kind = purpose === 'invitation' ? 'invitation' : 'reset';
  await mailing.mailer.send({
    to: user.email,
    subject: t(lang, `mail.${kind}.subject`, { site }),
    text: t(lang, `mail.${kind}.body`, { site, link }),
  });
}

/** Sends (or, without SMTP, logs) an invitation; returns the link for the person who invited. */
export async function sendInvitation(db: Kysely<Database>, userId: number, mailing: LinkMailing, ctx: ChangeContext) {
  if (!canManageUsers(ctx.actor)) throw new Forbidden('error.user.inviteAdminOnly');
  const { user, link } = await inTransaction(db, async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new NotFound('error.user.idGone', { id: userId });
    // An invitation would let its holder replace a password someone already chose.
    if (user.password_hash !== null) {
      throw new Conflict('error.user.hasPassword', { email: user.email });
    }
    const link = await issueLink(trx, user, 'invitation', ctx.now, mailing.baseUrl);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'invite',
      entity: 'user',
      entityId: user.id,
      after: { email: user.email },
    });
    return { user, link };
  });
  await mailLink(db, user, 'invitation', link, mailing);
  return { link, delivered: mailing.mailer.delivers };
}

/**
 * Sends a reset link if the address belongs to an active account; says
 * nothing either way. People who sign in through single sign-on get none:
 * their password lives at the identity provider.
 */
export async function requestPasswordReset(db: Kysely<Database>, email: string, mailing: LinkMailing, now: Date): Promise<void> {
  const user = await findUserByEmail(db, normaliseEmail(email));
  if (!user || user.is_active !== 1 || user.oidc_subject !== null) return;
  const link = await inTransaction(db, async (trx) => {
    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000).toISOString();
    if ((await countTokensIssuedSince(trx, user.id, 'password_reset', hourAgo)) >= RESET_LINKS_PER_HOUR) return null;
    const link = await issueLink(trx, user, 'password_reset', now, mailing.baseUrl);
    await recordAudit(trx, { at: now.toISOString(), actor: 'system', action: 'send-reset-link', entity: 'user', entityId: user.id });
    return link;
  });
  if (link) await mailLink(db, user, 'password_reset', link, mailing);
}

/** The account a link belongs to, while the link can still be used. */
export async function findLinkHolder(db: Kysely<Database>, token: unknown, purpose: OneTimeTokenPurpose, now: Date) {
  if (!isWellFormedToken(token)) return null;
  const row = await findUsableToken(db, hashSecretToken(token), purpose, now.toISOString());
  if (!row) return null;
  const user = await findUserById(db, row.user_id);
  return user && user.is_active === 1 ? { email: user.email, name: user.name, language: user.language } : null;
}

/**
 * Sets the password chosen through a link and uses the link up. Every other
 * session of the account ends, and any lockout is lifted.
 */
export async function redeemLink(
  db: Kysely<Database>,
  token: unknown,
  purpose: OneTimeTokenPurpose,
  password: { chosen: string; repeated: string },
  options: { now: Date; hashingCost?: HashingCost },
): Promise<SessionUser> {
  const holder = await findLinkHolder(db, token, purpose, options.now);
  if (!holder) throw new NotFound('error.link.expired');
  const problem = passwordProblem(password.chosen, password.repeated, holder.email);
  if (problem) throw new FieldProblem('password', `password_${problem}`, 'error.password.unusable', { problem });
  const passwordHash = await hashPassword(password.chosen, options.hashingCost);
  const at = options.now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await findUsableToken(trx, hashSecretToken(token as string), purpose, at);
    if (!row || !(await markTokenUsed(trx, row.id, at))) throw new NotFound('error.link.expired');
    await deleteSessionsOfUser(trx, row.user_id);
    const user = await updateUser(trx, row.user_id, { password_hash: passwordHash, updated_at: at, last_login_at: at });
    if (!user) throw new NotFound('error.account.gone');
    // Whoever redeems the link holds the mailbox: every lockout of the account ends.
    await clearLoginFailures(trx, user.email);
    await recordAudit(trx, {
      at,
      actor: user.email,
      action: purpose === 'invitation' ? 'accept-invitation' : 'reset-password',
      entity: 'user',
      entityId: user.id,
    });
    return toSessionUser(user);
  });
}
