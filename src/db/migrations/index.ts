// The migration list, in order. A migration is never edited once it has
// landed; a change to the schema is a new file added here.
import type { Migration } from 'kysely';
import * as initialModel from './2026-11-22T0300-initial-model.js';
import * as accounts from './2026-11-22T0500-accounts.js';
import * as plansProjectsConsultation from './2026-11-22T0600-plans-projects-consultation.js';
import * as annualCycle from './2026-11-22T0700-annual-cycle.js';
import * as letters from './2026-11-22T0710-letters.js';
import * as letterSharing from './2026-11-22T0745-letter-sharing.js';
import * as groupAreaVersions from './2026-11-22T0720-group-area-versions.js';
import * as indicatorUnits from './2026-12-04T1900-indicator-units.js';
import * as dropLoginLockouts from './2026-12-04T1910-drop-login-lockouts.js';
import * as letterSenderDetails from './2026-12-04T1920-letter-sender-details.js';

export const migrations: Record<string, Migration> = {
  '2026-11-22T0300-initial-model': initialModel,
  '2026-11-22T0500-accounts': accounts,
  '2026-11-22T0600-plans-projects-consultation': plansProjectsConsultation,
  '2026-11-22T0700-annual-cycle': annualCycle,
  '2026-11-22T0710-letters': letters,
  '2026-11-22T0720-group-area-versions': groupAreaVersions,
  '2026-11-22T0745-letter-sharing': letterSharing,
  '2026-12-04T1900-indicator-units': indicatorUnits,
  '2026-12-04T1910-drop-login-lockouts': dropLoginLockouts,
  '2026-12-04T1920-letter-sender-details': letterSenderDetails,
};
