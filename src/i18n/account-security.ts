// Texts of the account hardening (issue 16): the lockout in Copenhagen time,
// the common-password refusal and the self-service password change. A small
// catalogue of its own for now, to be folded into the one catalogue; Danish
// first, English with the same keys.
import type { Lang } from '../domain/number-format.js';
import { formatMessage } from './message-format.js';
import type { MessageValues } from './message-format.js';

const accountSecurityDa = {
  'login.locked': 'Der er prøvet for mange forkerte adgangskoder. Log ind er spærret til kl. {time}.',
  'password.tooCommon': 'Adgangskoden er for let at gætte: den er almindelig eller ligner en, der er. Vælg en længere sætning med ord, der ikke hører sammen.',
  'change.title': 'Skift adgangskode',
  'change.intro': 'Skriv din nuværende adgangskode og den nye, du vil bruge som {email}.',
  'change.current': 'Nuværende adgangskode',
  'change.submit': 'Skift adgangskode',
  'change.wrongCurrent': 'Den nuværende adgangskode er forkert.',
  'change.done': 'Din adgangskode er skiftet. Dine andre sessioner er afsluttet.',
  'change.singleSignOn': 'Du logger ind med single sign-on; din adgangskode skiftes hos din identitetsudbyder.',
} as const;

export type AccountSecurityKey = keyof typeof accountSecurityDa;

const accountSecurityEn: Record<AccountSecurityKey, string> = {
  'login.locked': 'Too many wrong passwords were tried. Signing in is blocked until {time}.',
  'password.tooCommon': 'The password is too easy to guess: it is common, or close to one that is. Choose a longer sentence of words that do not belong together.',
  'change.title': 'Change password',
  'change.intro': 'Type your current password and the new one you want to use as {email}.',
  'change.current': 'Current password',
  'change.submit': 'Change password',
  'change.wrongCurrent': 'The current password is wrong.',
  'change.done': 'Your password has been changed. Your other sessions have ended.',
  'change.singleSignOn': 'You sign in with single sign-on; your password is changed at your identity provider.',
};

const catalogues: Record<Lang, Record<AccountSecurityKey, string>> = { da: accountSecurityDa, en: accountSecurityEn };

export function accountSecurityText(lang: Lang, key: AccountSecurityKey, values?: MessageValues): string {
  return formatMessage(lang, catalogues[lang][key], values);
}

/** A moment as the clock on the wall in Copenhagen shows it (`14:05`), whatever the server's time zone. */
export function copenhagenClockTime(lang: Lang, moment: Date): string {
  return moment.toLocaleTimeString(lang === 'da' ? 'da-DK' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
}
