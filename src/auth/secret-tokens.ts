// Random secrets handed to a browser or sent by e-mail (session cookies,
// invitation and reset links). Only their SHA-256 is stored, so a copy of the
// database opens no session and redeems no link.
import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as it comes from a cookie or URL: the right length and alphabet, or nothing. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
