// An app for the plan, project and consultation screens: the Copenhagen demo
// data with the project-bank demo data, one person per role signed in, and a
// second project owner and committee member to test who sees what.
import type { Engine } from '../../src/db/dialect.js';
import type { Role } from '../../src/domain/permissions.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp, NewPerson } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { commandLineActor } from '../../src/domain/permissions.js';

export const OTHER_OWNER: NewPerson = { email: 'owner2@kk.test', role: 'project_owner', password: 'correct horse battery' };
/** A member of the Children and Youth Committee (BUU), whose plan is plan 1. */
export const BUU_MEMBER: NewPerson = { email: 'buu@kk.test', role: 'committee_member', password: 'correct horse battery', committeeCode: 'BUU' };

export interface BankApp extends AccountsApp {
  readonly visitors: Record<Role | 'otherOwner' | 'buuMember', Visitor>;
  readonly userIds: Record<Role | 'otherOwner' | 'buuMember', number>;
  /** A row's id by its code (a project by its number); goals and indicators of the demo's current policy. */
  idOf(table: 'committees' | 'goals' | 'indicators' | 'projects', code: string): Promise<number>;
}

export async function startBankApp(engine: Engine): Promise<BankApp> {
  const demo = await startAccountsApp(engine);
  await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
  const people: [Role | 'otherOwner' | 'buuMember', NewPerson][] = [
    ...(Object.entries(PEOPLE) as [Role, NewPerson][]),
    ['otherOwner', OTHER_OWNER],
    ['buuMember', BUU_MEMBER],
  ];
  const visitors = {} as Record<Role | 'otherOwner' | 'buuMember', Visitor>;
  const userIds = {} as Record<Role | 'otherOwner' | 'buuMember', number>;
  for (const [who, person] of people) {
    userIds[who] = await addPerson(demo.database.db, person);
    const visitor = new Visitor(demo.app);
    const signedIn = await visitor.signIn(person.email, person.password);
    if (signedIn.statusCode !== 303) throw new Error(`${who} could not sign in`);
    visitors[who] = visitor;
  }
  return {
    ...demo,
    visitors,
    userIds,
    async idOf(table, value) {
      const db = demo.database.db;
      const row =
        table === 'projects'
          ? await db.selectFrom('projects').select('id').where('reference', '=', value).executeTakeFirstOrThrow()
          : table === 'committees'
            ? await db.selectFrom('committees').select('id').where('code', '=', value).executeTakeFirstOrThrow()
            : await db
                .selectFrom(table)
                .innerJoin('policies', 'policies.id', `${table}.policy_id`)
                .select(`${table}.id as id`)
                .where(`${table}.code`, '=', value)
                .where('policies.code', '=', 'inklusionspolitik-2011-2014')
                .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

/** A multipart/form-data body with text fields and one file, as a browser sends an upload. */
export function multipartBody(fields: Record<string, string>, file: { name: string; field: string; bytes: Uint8Array; type: string }) {
  const boundary = '----barometer-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
  );
  parts.push(Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
