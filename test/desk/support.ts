// An app for the desk: the whole Copenhagen demo (model, figures, project
// bank, the 2013 annual cycle) on a clock set to 20 April 2013, when the
// committees' May deadlines are coming and Jobpatruljer has just been ended;
// one person per role, the project owner owning Lektiecaféer and
// Jobpatruljer, and a data supplier for the Finance Administration (OKF),
// which owes the figure the January 2013 release lacks.
import type { Engine } from '../../src/db/dialect.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import type { Role } from '../../src/domain/permissions.js';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp, NewPerson } from '../admin/support/accounts-app.js';

/** The day the desk is read on: a Saturday in Copenhagen, noon. */
export const DESK_DAY = new Date('2013-04-20T10:00:00Z');

export const DESK_PEOPLE: Record<Role, NewPerson> = {
  ...PEOPLE,
  data_supplier: {
    email: 'okf@kk.test',
    role: 'data_supplier',
    password: 'correct horse battery',
    name: 'Økonomiforvaltningens dataleverandør',
    administrationCode: 'OKF',
  },
  committee_member: { ...PEOPLE.committee_member, name: 'Medlem af BIU' },
  project_owner: { ...PEOPLE.project_owner, name: 'Projektleder' },
};

export async function startDeskApp(engine: Engine): Promise<AccountsApp> {
  const demo = await startAccountsApp(engine, { now: () => DESK_DAY });
  const db = demo.database.db;
  const ctx = { actor: commandLineActor('test'), now: DEMO_LOADED_AT };
  await loadProjectDemoData(db, await readProjectDemoFile(), ctx);
  await loadCycleDemoData(db, await readCycleDemoFile(), ctx);
  const ids: Partial<Record<Role, number>> = {};
  for (const [role, person] of Object.entries(DESK_PEOPLE) as [Role, NewPerson][]) ids[role] = await addPerson(db, person);
  await db.updateTable('projects').set({ owner_user_id: ids.project_owner! }).where('reference', 'in', ['PB-2011-01', 'PB-2011-03']).execute();
  return demo;
}
