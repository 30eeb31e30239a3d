// The request log never holds a usable secret: the token of an invitation or
// reset link, or the code and state of a single sign-on callback, are
// blotted out before the line is written (issue 16, finding 5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { redactUrl } from '../../src/http/logger-options.js';
import { newSecretToken } from '../../src/auth/secret-tokens.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { TEST_BASE_URL, TEST_HASHING } from '../admin/support/accounts-app.js';

describe('the request log', () => {
  let database: TestDatabase;
  const lines: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildApp({
      db: database.db,
      logLevel: 'info',
      logStream: { write: (line) => lines.push(line) },
      accounts: { baseUrl: TEST_BASE_URL, cookieSecure: false, mailer: null, singleSignOn: null, embedFrameAncestors: ['*'], hashingCost: TEST_HASHING },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('logs the requests to links without their tokens', async () => {
    const invitation = newSecretToken();
    const reset = newSecretToken();
    await app.inject({ method: 'GET', url: `/invitation/${invitation}` });
    await app.inject({ method: 'GET', url: `/password/reset/${reset}?lang=en` });
    await app.inject({ method: 'GET', url: '/auth/oidc/callback?code=the-code-itself&state=the-state-itself' });
    const log = lines.join('');
    expect(log).toContain('/invitation/[redacted]');
    expect(log).toContain('/password/reset/[redacted]?lang=en');
    for (const secret of [invitation, reset, 'the-code-itself', 'the-state-itself']) expect(log).not.toContain(secret);
  });

  it('leaves other addresses as they are', () => {
    expect(redactUrl('/admin/indicators/4?tab=2')).toBe('/admin/indicators/4?tab=2');
    expect(redactUrl('/password/forgot')).toBe('/password/forgot');
    expect(redactUrl('/auth/oidc/callback?state=s&code=c')).toBe('/auth/oidc/callback?state=[redacted]&code=[redacted]');
  });
});
