// Empties every table of the model (for `barometer demo --force`), children first.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { CYCLE_TABLES_CHILDREN_FIRST } from './load-cycle-demo-data.js';
import { PROJECT_BANK_TABLES_CHILDREN_FIRST } from './load-project-demo-data.js';

const TABLES_CHILDREN_FIRST = [
  'measurement_history',
  'measurements',
  'release_missing',
  'release_figures',
  'releases',
  'indicator_groups',
  'indicators',
  'goal_committees',
  'goals',
  'focus_areas',
  'policies',
  'committees',
  'administrations',
  'groups',
  'areas',
  'settings',
] as const satisfies readonly (keyof Database)[];

export async function wipeModelData(trx: Kysely<Database>): Promise<void> {
  // The cycle and the project bank point at committees and goals, so they go first.
  for (const table of [...CYCLE_TABLES_CHILDREN_FIRST, ...PROJECT_BANK_TABLES_CHILDREN_FIRST, ...TABLES_CHILDREN_FIRST]) await trx.deleteFrom(table).execute();
}
