// The database's shape for Kysely: every table, composed from one file per
// area under tables/. Each area file holds its table interfaces and the row
// types derived from them; this file is the one place importers take them
// from, so `import type { X } from '../db/tables.js'` names any of them.
import type { AccountTables } from './tables/accounts.js';
import type { ActionPlanTables } from './tables/action-plans.js';
import type { ConsultationTables } from './tables/consultation.js';
import type { CycleTables } from './tables/cycle.js';
import type { FiguresTables } from './tables/figures.js';
import type { IndicatorTables } from './tables/indicators.js';
import type { LetterTables } from './tables/letters.js';
import type { OrganisationTables } from './tables/organisation.js';
import type { PolicyModelTables } from './tables/policy-model.js';
import type { ProjectTables } from './tables/projects.js';
import type { SystemTables } from './tables/system.js';

export interface Database
  extends
    SystemTables,
    OrganisationTables,
    PolicyModelTables,
    IndicatorTables,
    FiguresTables,
    AccountTables,
    ActionPlanTables,
    ProjectTables,
    ConsultationTables,
    CycleTables,
    LetterTables {}

export type * from './tables/columns.js';
export type * from './tables/system.js';
export type * from './tables/organisation.js';
export type * from './tables/policy-model.js';
export type * from './tables/indicators.js';
export type * from './tables/figures.js';
export type * from './tables/accounts.js';
export type * from './tables/action-plans.js';
export type * from './tables/projects.js';
export type * from './tables/consultation.js';
export type * from './tables/cycle.js';
export type * from './tables/letters.js';

// Domain vocabulary that columns store, named here too for the importers
// that took it from this file; it is defined once, in domain/.
export type { HeadlineKind, UpdateFrequency } from '../domain/model-vocabulary.js';
export type { MonitoringRating } from '../domain/projects/monitoring.js';
export type { Direction, StatusMethod } from '../domain/status/types.js';
