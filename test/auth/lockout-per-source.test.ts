// Wrong passwords lock an account for the address they come from, not for
// its owner elsewhere; lockouts grow; a ceiling per account holds against
// guessing from many addresses; behind a proxy named in TRUST_PROXY the
// client's own address counts; the page says until when in Copenhagen time
// (issue 16, finding 8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { SIGN_IN_BACKOFF, accountLockedUntil, signInBlockedUntil, sourceLockedUntil } from '../../src/services/accounts/sign-in-backoff.js';
import type { FailedSignIn } from '../../src/services/accounts/sign-in-backoff.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { signInFrom } from './support/sign-in-from.js';

const T0 = Date.parse('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const failures = (ip: string, seconds: number[]): FailedSignIn[] => seconds.map((s) => ({ ip, at: at(s) }));

describe('the back-off rules', () => {
  it('locks a source after five failures within a minute, for fifteen minutes, then twice as long each time', () => {
    expect(sourceLockedUntil(failures('a', [0, 5, 10, 15]))).toBeNull();
    const first = sourceLockedUntil(failures('a', [0, 5, 10, 15, 20]))!;
    expect(first.toISOString()).toBe(at(20 + 15 * 60));
    const second = sourceLockedUntil(failures('a', [0, 5, 10, 15, 20, 1000, 1001, 1002, 1003, 1004]))!;
    expect(second.toISOString()).toBe(at(1004 + 30 * 60));
  });

  it('catches a slow guesser: ten failures within an hour', () => {
    const slow = Array.from({ length: 10 }, (_, i) => i * 300);
    expect(sourceLockedUntil(failures('a', slow.slice(0, 9)))).toBeNull();
    expect(sourceLockedUntil(failures('a', slow))!.toISOString()).toBe(at(2700 + 15 * 60));
  });

  it('locks one source and not another', () => {
    const mixed = failures('stranger', [0, 1, 2, 3, 4]);
    expect(signInBlockedUntil(mixed, 'stranger', new Date(T0 + 10_000))).not.toBeNull();
    expect(signInBlockedUntil(mixed, 'owner', new Date(T0 + 10_000))).toBeNull();
  });

  it('closes the account to every source past the ceiling, until the hour slides past enough failures', () => {
    const spread = Array.from({ length: SIGN_IN_BACKOFF.accountCeiling }, (_, i) => ({ ip: `10.0.0.${i}`, at: at(i * 10) }));
    const now = new Date(T0 + 600_000);
    expect(accountLockedUntil(spread.slice(1), now)).toBeNull();
    expect(accountLockedUntil(spread, now)!.toISOString()).toBe(at(3600));
    expect(signInBlockedUntil(spread, 'owner', now)!.toISOString()).toBe(at(3600));
  });
});

describe.each(ENGINES)('lockout per source on %s', (engine) => {
  let demo: AccountsApp;
  let clock = new Date('2026-12-01T09:00:00Z');
  const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
  beforeAll(async () => {
    demo = await startAccountsApp(engine, { demo: false, now: () => clock, trustProxy: ['127.0.0.1'] });
    await addPerson(demo.database.db, PEOPLE.analyst);
  });
  afterAll(() => demo.close());

  const analyst = (password: string) => ({ email: PEOPLE.analyst.email, password });

  it("lets the owner in from their own address while a stranger's is locked, and says until when in Copenhagen", async () => {
    const statuses = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) statuses.push((await signInFrom(demo.app, '203.0.113.9', analyst(`guess ${attempt}`))).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await signInFrom(demo.app, '203.0.113.9', analyst(PEOPLE.analyst.password));
    expect(locked.statusCode).toBe(429);
    // 09:00 UTC + 15 minutes is 10.15 in Copenhagen in December.
    expect(locked.body).toContain('Log ind er spærret til kl. 10.15.');
    expect(locked.body).not.toContain('UTC');

    const owner = await signInFrom(demo.app, '198.51.100.7', analyst(PEOPLE.analyst.password));
    expect(owner.statusCode).toBe(303);
    // The owner's success does not lift the stranger's lockout.
    expect((await signInFrom(demo.app, '203.0.113.9', analyst(PEOPLE.analyst.password))).statusCode).toBe(429);
  });

  it('tells clients apart by X-Forwarded-For when the proxy is trusted', async () => {
    tick(24 * 60 * 60);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signInFrom(demo.app, '127.0.0.1', analyst('wrong'), { 'x-forwarded-for': '203.0.113.50' });
    }
    expect((await signInFrom(demo.app, '127.0.0.1', analyst(PEOPLE.analyst.password), { 'x-forwarded-for': '203.0.113.50' })).statusCode).toBe(429);
    expect((await signInFrom(demo.app, '127.0.0.1', analyst(PEOPLE.analyst.password), { 'x-forwarded-for': '198.51.100.8' })).statusCode).toBe(303);
    // A client that is not the trusted proxy cannot choose its address: its own counts, locked here.
    expect((await signInFrom(demo.app, '203.0.113.50', analyst(PEOPLE.analyst.password), { 'x-forwarded-for': '198.51.100.8' })).statusCode).toBe(429);
  });
});

describe('the TRUST_PROXY setting', () => {
  it('is off by default, and takes a hop count or addresses, never a blanket true', () => {
    expect(parseConfig({}).trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8 loopback' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', 'loopback']);
    expect(() => parseConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it("reads the administrators' idle minutes, 30 by default", () => {
    expect(parseConfig({}).adminIdleMinutes).toBe(30);
    expect(parseConfig({ ADMIN_IDLE_MINUTES: '15' }).adminIdleMinutes).toBe(15);
    expect(() => parseConfig({ ADMIN_IDLE_MINUTES: '0' })).toThrow(/ADMIN_IDLE_MINUTES/);
  });
});
