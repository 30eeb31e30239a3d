// Danish texts of a person's own account: the sign-in lockout, the
// common-password refusal and the self-service password change.
export const accountsDa = {
  'account.login.locked': 'Der er prøvet for mange forkerte adgangskoder. Log ind er spærret til kl. {time}.',
  'account.password.tooCommon':
    'Adgangskoden er for let at gætte: den er almindelig eller ligner en, der er. Vælg en længere sætning med ord, der ikke hører sammen.',
  'account.change.title': 'Skift adgangskode',
  'account.change.intro': 'Skriv din nuværende adgangskode og den nye, du vil bruge som {email}.',
  'account.change.current': 'Nuværende adgangskode',
  'account.change.submit': 'Skift adgangskode',
  'account.change.wrongCurrent': 'Den nuværende adgangskode er forkert.',
  'account.change.done': 'Din adgangskode er skiftet. Dine andre sessioner er afsluttet.',
  'account.change.singleSignOn': 'Du logger ind med single sign-on; din adgangskode skiftes hos din identitetsudbyder.',
} as const;
