// The one message catalogue per language, composed from one key object per
// area of the product (public site, admin area, annual cycle, project bank,
// releases, letters, public project pages, the errors services refuse
// with). Areas keep their texts side by side with the screens they serve;
// the composition makes every key reachable through the one `t()`.
//
// A key may occur in two areas only with the same text in both (the test
// checks it), so the order of composition never silently picks a winner.
import { accountsDa } from './da/accounts.js';
import { adminDa } from './da/admin.js';
import { cycleDa } from './da/cycle.js';
import { errorsDa } from './da/errors.js';
import { deskDa } from './da/desk.js';
import { lettersDa } from './da/letters.js';
import { projectBankDa } from './da/project-bank.js';
import { projectsDa } from './da/projects.js';
import { publicDa } from './da/public.js';
import { releasesDa } from './da/releases.js';
import { accountsEn } from './en/accounts.js';
import { adminEn } from './en/admin.js';
import { cycleEn } from './en/cycle.js';
import { errorsEn } from './en/errors.js';
import { deskEn } from './en/desk.js';
import { lettersEn } from './en/letters.js';
import { projectBankEn } from './en/project-bank.js';
import { projectsEn } from './en/projects.js';
import { publicEn } from './en/public.js';
import { releasesEn } from './en/releases.js';

/** Each area's key objects, in both languages; for the tests that keep the composition honest. */
export const areas = {
  public: { da: publicDa, en: publicEn },
  admin: { da: adminDa, en: adminEn },
  accounts: { da: accountsDa, en: accountsEn },
  cycle: { da: cycleDa, en: cycleEn },
  'project-bank': { da: projectBankDa, en: projectBankEn },
  releases: { da: releasesDa, en: releasesEn },
  letters: { da: lettersDa, en: lettersEn },
  projects: { da: projectsDa, en: projectsEn },
  errors: { da: errorsDa, en: errorsEn },
  desk: { da: deskDa, en: deskEn },
} as const;

export const da = { ...publicDa, ...adminDa, ...accountsDa, ...cycleDa, ...projectBankDa, ...releasesDa, ...lettersDa, ...projectsDa, ...errorsDa, ...deskDa };

/** Every key of every area: what `t()` accepts. */
export type MessageKey = keyof typeof da;

/** The keys a service error may carry: the errors area, whose keys both languages have. */
export type ErrorMessageKey = keyof typeof errorsDa;

export const en: Record<MessageKey, string> = {
  ...publicEn,
  ...adminEn,
  ...accountsEn,
  ...cycleEn,
  ...projectBankEn,
  ...releasesEn,
  ...lettersEn,
  ...projectsEn,
  ...errorsEn,
  ...deskEn,
};
