// When a sign-in may be tried again after wrong passwords: the rules as pure
// functions of the failures on record (the clock is a parameter).
//
// Failures are judged per account *and* source address, so a stranger who
// types wrong passwords for someone's address locks out only their own
// address, never the owner at theirs. Five failures within a minute, or ten
// within an hour (a slower guesser), lock the pair for fifteen minutes, and
// each further lockout of the same pair within a day lasts twice as long as
// the one before. Above that, a ceiling per account against guessing spread
// over many addresses: fifty failures within an hour, from anywhere, lock
// the account until the hour has slid past enough of them (a password reset
// lifts every lockout).

export interface FailedSignIn {
  readonly ip: string;
  /** ISO timestamp. */
  readonly at: string;
}

export const SIGN_IN_BACKOFF = Object.freeze({
  burstFailures: 5,
  burstWindowMs: 60 * 1000,
  slowFailures: 10,
  slowWindowMs: 60 * 60 * 1000,
  firstLockoutMs: 15 * 60 * 1000,
  longestLockoutMs: 24 * 60 * 60 * 1000,
  accountCeiling: 50,
  accountWindowMs: 60 * 60 * 1000,
  /** Failures older than this are forgotten, and with them the lockouts they caused. */
  memoryMs: 24 * 60 * 60 * 1000,
});

/** The end of the latest lockout of one source for one account (null: never locked), from its failures, oldest first. */
export function sourceLockedUntil(failures: readonly FailedSignIn[]): Date | null {
  const times = failures.map((f) => Date.parse(f.at));
  const rules = SIGN_IN_BACKOFF;
  let lockedUntil: number | null = null;
  let lockouts = 0;
  // A lockout uses up the failures that caused it: counting starts afresh after it.
  let countFrom = 0;
  times.forEach((at, index) => {
    if (lockedUntil !== null && at < lockedUntil) return;
    const since = times.slice(countFrom, index + 1);
    const burst = since.filter((t) => t > at - rules.burstWindowMs).length;
    const slow = since.filter((t) => t > at - rules.slowWindowMs).length;
    if (burst < rules.burstFailures && slow < rules.slowFailures) return;
    lockedUntil = at + Math.min(rules.firstLockoutMs * 2 ** lockouts, rules.longestLockoutMs);
    lockouts += 1;
    countFrom = index + 1;
  });
  return lockedUntil === null ? null : new Date(lockedUntil);
}

/** Until when the account is closed to every source, or null: the ceiling against distributed guessing. */
export function accountLockedUntil(failures: readonly FailedSignIn[], now: Date): Date | null {
  const rules = SIGN_IN_BACKOFF;
  const recent = failures
    .map((f) => Date.parse(f.at))
    .filter((t) => t > now.getTime() - rules.accountWindowMs)
    .sort((a, b) => b - a);
  if (recent.length < rules.accountCeiling) return null;
  // Open again once the ceiling-th most recent failure leaves the window.
  return new Date(recent[rules.accountCeiling - 1]! + rules.accountWindowMs);
}

/** Until when this source may not try this account, or null when it may. */
export function signInBlockedUntil(failures: readonly FailedSignIn[], ip: string, now: Date): Date | null {
  const ends = [sourceLockedUntil(failures.filter((f) => f.ip === ip)), accountLockedUntil(failures, now)];
  const latest = ends.reduce<Date | null>((a, b) => (b !== null && b > now && (a === null || b > a) ? b : a), null);
  return latest;
}
