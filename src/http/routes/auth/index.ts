// Signing in and out, passwords (forgotten, chosen through a link, or changed
// by their owner), invitations and single sign-on, in one
// scope with its own form parsing, per-address rate limit on the forms that
// try passwords or send e-mail, and errors shown as pages.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { HashingCost } from '../../../auth/passwords.js';
import type { Mailer } from '../../../mail/mailer.js';
import type { SingleSignOn } from '../../../services/accounts/single-sign-on.js';
import { registerFormBody } from '../../plugins/form-body.js';
import { setHtmlErrorHandler } from '../../plugins/html-errors.js';
import { registerChangePasswordRoutes } from './change-password.js';
import { registerChoosePasswordRoutes } from './choose-password.js';
import { registerLoginRoutes } from './login.js';
import { registerOidcRoutes } from './oidc.js';
import { registerPasswordRoutes } from './password.js';

export interface AuthRoutesOptions {
  readonly now: () => Date;
  readonly cookieSecure: boolean;
  readonly baseUrl: string;
  readonly mailer: Mailer;
  readonly sso: (SingleSignOn & { readonly label: string }) | null;
  readonly hashingCost?: HashingCost;
}

// Per address and minute, on top of the per-account lockout: enough for a
// person who mistypes, too few for a script trying many accounts.
const ATTEMPTS_PER_MINUTE = 30;

export async function registerAuthRoutes(app: FastifyInstance, options: AuthRoutesOptions): Promise<void> {
  await app.register(async (auth) => {
    await registerFormBody(auth);
    // Counted in this instance's memory; the lockout per account is in the database.
    await auth.register(rateLimit, { global: false });
    setHtmlErrorHandler(auth);
    const common = { now: options.now, cookieSecure: options.cookieSecure, hashingCost: options.hashingCost, attemptsPerMinute: ATTEMPTS_PER_MINUTE };
    await registerLoginRoutes(auth, { ...common, ssoLabel: options.sso?.label ?? null });
    await registerPasswordRoutes(auth, { ...common, mailer: options.mailer, baseUrl: options.baseUrl });
    registerChoosePasswordRoutes(auth, '/invitation/:token', 'invitation', common);
    registerChangePasswordRoutes(auth, common);
    if (options.sso) await registerOidcRoutes(auth, { ...common, sso: options.sso, baseUrl: options.baseUrl });
  });
}
