// Passwords: hashed with Argon2id (OWASP's recommended parameters by default;
// tests pass a lower cost, never a different algorithm), and the few rules a
// new password must meet.
import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';
import { isGuessablePassword } from './password-strength.js';

export interface HashingCost {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

const DEFAULT_HASHING_COST: HashingCost = Object.freeze({ memoryCost: 19456, timeCost: 2, parallelism: 1 });

// `Algorithm` is a const enum that isolated modules cannot read; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email' | 'too_common' | 'mismatch';

/** Why a chosen password cannot be used, or null when it can. */
export function passwordProblem(password: string, repeated: string, email: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'same_as_email';
  if (isGuessablePassword(password, email)) return 'too_common';
  if (password !== repeated) return 'mismatch';
  return null;
}

export function hashPassword(password: string, cost: HashingCost = DEFAULT_HASHING_COST): Promise<string> {
  return hash(password, { ...cost, algorithm: ARGON2ID });
}

/** The hash records its own parameters, so a hash made at any cost verifies. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * Spends the same time as a real check when there is no account (or no
 * password), so response times do not tell which e-mail addresses exist.
 */
export async function verifyAgainstNothing(password: string, cost: HashingCost = DEFAULT_HASHING_COST): Promise<false> {
  const key = `${cost.memoryCost}/${cost.timeCost}/${cost.parallelism}`;
  let dummy = dummyHashes.get(key);
  if (!dummy) {
    dummy = hashPassword('no account has this password', cost);
    dummyHashes.set(key, dummy);
  }
  await verifyPassword(await dummy, password);
  return false;
}
