// English texts of a person's own account, key for key as da/accounts.ts.
import type { accountsDa } from '../da/accounts.js';

export const accountsEn: Record<keyof typeof accountsDa, string> = {
  'account.login.locked': 'Too many wrong passwords were tried. Signing in is blocked until {time}.',
  'account.password.tooCommon':
    'The password is too easy to guess: it is common, or close to one that is. Choose a longer sentence of words that do not belong together.',
  'account.change.title': 'Change password',
  'account.change.intro': 'Type your current password and the new one you want to use as {email}.',
  'account.change.current': 'Current password',
  'account.change.submit': 'Change password',
  'account.change.wrongCurrent': 'The current password is wrong.',
  'account.change.done': 'Your password has been changed. Your other sessions have ended.',
  'account.change.singleSignOn': 'You sign in with single sign-on; your password is changed at your identity provider.',
};
