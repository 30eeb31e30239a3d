// Walks every route under /admin, as found by Fastify's onRoute hook (not a
// hand-kept list), as nobody and as every role. Allowed: success. Not allowed:
// 403, or the sign-in page for nobody. A new admin route fails this test until
// it is given an expectation below, so none can be added unguarded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/domain/permissions.js';
import type { Role } from '../../src/domain/permissions.js';
import { ENGINES } from '../support/databases.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { createLetterDraft } from '../../src/services/letters/letter-drafts.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { Visitor } from './support/visitor.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const EVERYONE = ROLES;
const SECRETARIAT: readonly Role[] = ['administrator', 'analyst'];
const ADMINISTRATOR: readonly Role[] = ['administrator'];

const EXPECTED: Record<string, readonly Role[]> = {
  'GET /admin': EVERYONE,
  'GET /admin/audit': ADMINISTRATOR,
  'GET /admin/audit/:id': ADMINISTRATOR,
  'GET /admin/settings': ADMINISTRATOR,
  'POST /admin/settings': ADMINISTRATOR,
  'GET /admin/users': ADMINISTRATOR,
  'GET /admin/users/new': ADMINISTRATOR,
  'POST /admin/users': ADMINISTRATOR,
  'GET /admin/users/:id': ADMINISTRATOR,
  'POST /admin/users/:id': ADMINISTRATOR,
  'POST /admin/users/:id/invitation': ADMINISTRATOR,
};
for (const editor of ['policies', 'focus-areas', 'goals', 'indicators', 'committees', 'administrations', 'groups', 'areas']) {
  for (const route of [`GET /admin/${editor}`, `GET /admin/${editor}/new`, `POST /admin/${editor}`, `GET /admin/${editor}/:id`, `POST /admin/${editor}/:id`]) {
    EXPECTED[route] = SECRETARIAT;
  }
}

// Action plans, the project bank and the consultation catalogue. Some routes
// let a committee member or a project owner through the guard and then ask
// about the record itself: plan 1 and committee 1 are not the walking
// member's committee (BIU) and project 1 is not the walking owner's, so they
// get 403 there; test/projects/project-screens.test.ts checks that their own material opens.
const COMMITTEE_READERS: readonly Role[] = ['administrator', 'analyst', 'committee_member'];
Object.assign(EXPECTED, {
  'GET /admin/plans': COMMITTEE_READERS,
  'GET /admin/plans/:id': SECRETARIAT,
  'GET /admin/plans/new': SECRETARIAT,
  'POST /admin/plans': SECRETARIAT,
  'GET /admin/plans/:id/revise': SECRETARIAT,
  'POST /admin/plans/:id/revise': SECRETARIAT,
  'GET /admin/plans/economy': SECRETARIAT,
  'GET /admin/plans/economy.xlsx': SECRETARIAT,
  'GET /admin/projects': SECRETARIAT,
  'GET /admin/projects/new': SECRETARIAT,
  'POST /admin/projects': SECRETARIAT,
  'GET /admin/projects/:id': SECRETARIAT,
  'GET /admin/projects/:id/edit': SECRETARIAT,
  'POST /admin/projects/:id/edit': SECRETARIAT,
  'POST /admin/projects/:id/monitoring': SECRETARIAT,
  'POST /admin/projects/:id/follow-up': SECRETARIAT,
  'POST /admin/projects/:id/evaluations': SECRETARIAT,
  'POST /admin/projects/:id/decisions': SECRETARIAT,
  'GET /admin/projects/board': SECRETARIAT,
  'GET /admin/projects/import': SECRETARIAT,
  'POST /admin/projects/import': SECRETARIAT,
  'GET /admin/my-projects': ['project_owner'],
  'GET /admin/committee': ['committee_member'],
  'GET /admin/consultation': SECRETARIAT,
  'GET /admin/consultation/new': SECRETARIAT,
  'POST /admin/consultation': SECRETARIAT,
  'GET /admin/consultation/:id': SECRETARIAT,
  'POST /admin/consultation/:id': SECRETARIAT,
  'GET /admin/consultation/catalogue/:id': SECRETARIAT,
  'GET /admin/consultation/catalogue/:id/docx': SECRETARIAT,
});

// The annual cycle. Task 1 is the January figures task of the first
// administration that owns data (not the walking supplier's BIF); attachment 1
// is on BIU's status statement, the walking committee member's own.
const CYCLE_VIEWERS: readonly Role[] = ['administrator', 'analyst', 'data_supplier', 'committee_member'];
Object.assign(EXPECTED, {
  'GET /admin/cycle': CYCLE_VIEWERS,
  'POST /admin/cycle': SECRETARIAT,
  'GET /admin/cycle/:id': CYCLE_VIEWERS,
  'GET /admin/cycle/:id/list': CYCLE_VIEWERS,
  'GET /admin/cycle/:id/board': SECRETARIAT,
  'GET /admin/cycle/:id/committees': COMMITTEE_READERS,
  'GET /admin/cycle/:id/milestones/new': SECRETARIAT,
  'POST /admin/cycle/:id/milestones': SECRETARIAT,
  'GET /admin/cycle/milestones/:id/edit': SECRETARIAT,
  'POST /admin/cycle/milestones/:id': SECRETARIAT,
  'POST /admin/cycle/milestones/:id/delete': SECRETARIAT,
  'POST /admin/cycle/settings': ADMINISTRATOR,
  'GET /admin/cycle/tasks/:id': SECRETARIAT,
  'POST /admin/cycle/tasks/:id/answer': ADMINISTRATOR,
  'POST /admin/cycle/tasks/:id/review': SECRETARIAT,
  'POST /admin/cycle/tasks/:id/deadline': SECRETARIAT,
  'POST /admin/cycle/tasks/:id/comments': SECRETARIAT,
  'POST /admin/cycle/tasks/:id/attachments': ADMINISTRATOR,
  'GET /admin/cycle/attachments/:id': COMMITTEE_READERS,
  'POST /admin/cycle/attachments/:id/delete': ['administrator', 'committee_member'],
  'POST /admin/cycle/milestones/:id/tasks': SECRETARIAT,
  'POST /admin/cycle/tasks/:id/delete': SECRETARIAT,
});

// The letters: drafts for the secretariat, templates and the logo for administrators;
// a committee member reads its own committee's shared challenge letters (draft 1 is
// an orientation letter, so the member gets 403 on its preview and export).
Object.assign(EXPECTED, {
  'GET /admin/letters': SECRETARIAT,
  'POST /admin/letters': SECRETARIAT,
  'GET /admin/letters/:id': SECRETARIAT,
  'POST /admin/letters/:id': SECRETARIAT,
  'POST /admin/letters/:id/delete': SECRETARIAT,
  'POST /admin/letters/:id/share': SECRETARIAT,
  'POST /admin/letters/:id/filing': SECRETARIAT,
  'GET /admin/letters/mine': ['committee_member'],
  'GET /admin/letters/:id/preview': SECRETARIAT,
  'GET /admin/letters/:id/export': SECRETARIAT,
  'GET /admin/letters/templates': ADMINISTRATOR,
  'POST /admin/letters/templates': ADMINISTRATOR,
  'GET /admin/letters/sender': ADMINISTRATOR,
  'POST /admin/letters/sender/logo': ADMINISTRATOR,
  'POST /admin/letters/sender/logo/delete': ADMINISTRATOR,
  'GET /admin/letters/sender/details': ADMINISTRATOR,
  'POST /admin/letters/sender/details': ADMINISTRATOR,
});

// Releases and figures in. Release 1 is published, so the walk sees its pages
// read only and its forms refused (400, 409) without a change; a supplier
// delivers figures (for its own indicators: test/releases checks that).
const FIGURE_SUPPLIERS: readonly Role[] = ['administrator', 'analyst', 'data_supplier'];
Object.assign(EXPECTED, {
  'GET /admin/releases': SECRETARIAT,
  'GET /admin/releases/new': SECRETARIAT,
  'POST /admin/releases': SECRETARIAT,
  'GET /admin/releases/:id': SECRETARIAT,
  'GET /admin/releases/:id/missing': SECRETARIAT,
  'POST /admin/releases/:id/missing': SECRETARIAT,
  'GET /admin/releases/:id/preview': SECRETARIAT,
  'GET /admin/releases/:id/publish': SECRETARIAT,
  'POST /admin/releases/:id/publish': SECRETARIAT,
  'GET /admin/releases/:id/import': FIGURE_SUPPLIERS,
  'POST /admin/releases/:id/import': FIGURE_SUPPLIERS,
  'POST /admin/releases/:id/import/commit': FIGURE_SUPPLIERS,
  'GET /admin/releases/:id/figures/new': FIGURE_SUPPLIERS,
  'POST /admin/releases/:id/figures': FIGURE_SUPPLIERS,
  'GET /admin/releases/:id/template': FIGURE_SUPPLIERS,
  'GET /admin/supplier': FIGURE_SUPPLIERS,
});

// Fastify reports `/admin/` only for its HEAD twin; it is the same route as `/admin`.
const keyOf = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url.replace(/(.)\/$/, '$1')}`;

const isSignInRedirect = (status: number, location: unknown) => status === 303 && typeof location === 'string' && location.startsWith('/login?next=');

describe.each(ENGINES)('every admin route with every role, on %s', (engine) => {
  let demo: AccountsApp;
  const visitors = new Map<Role | 'nobody', Visitor>();

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    // The walk needs plan, project and consultation input 1 too.
    await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    // And the 2013 cycle: cycle, milestone and task 1, and attachment 1 (on BIU's statement).
    await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    // And letter draft 1.
    await createLetterDraft(demo.database.db, { kind: 'orientation', release: 'latest', lang: 'da' }, { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    for (const role of ROLES) await addPerson(demo.database.db, PEOPLE[role]);
    for (const role of ROLES) {
      const visitor = new Visitor(demo.app);
      const signedIn = await visitor.signIn(PEOPLE[role].email, PEOPLE[role].password);
      expect(signedIn.statusCode, `${role} signs in`).toBe(303);
      visitors.set(role, visitor);
    }
    const nobody = new Visitor(demo.app);
    await nobody.get('/login');
    visitors.set('nobody', nobody);
  });
  afterAll(() => demo.close());

  const adminRoutes = () => demo.app.routeCatalogue.filter((route) => route.url === '/admin' || route.url.startsWith('/admin/'));

  it('has an expectation for every admin route, and a route for every expectation', () => {
    const found = new Set(adminRoutes().map((r) => keyOf(r.method, r.url)));
    expect(
      [...found].filter((key) => !(key in EXPECTED)),
      'routes nobody decided about',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((key) => !found.has(key)),
      'expectations without a route',
    ).toEqual([]);
  });

  it.each([...ROLES, 'nobody' as const])('lets %s through exactly where it should', async (who) => {
    const visitor = visitors.get(who)!;
    for (const route of adminRoutes()) {
      const key = keyOf(route.method, route.url);
      const allowed = who !== 'nobody' && EXPECTED[key]!.includes(who);
      // Id 1 exists in every table the demo data fills; the administrator was the first person added.
      const url = route.url.replace(':id', '1');
      const response =
        route.method === 'POST'
          ? await visitor.post(url, {}, { csrf: visitor.lastPage ? visitor.csrfToken() : null })
          : await visitor.get(url, route.method as 'GET' | 'HEAD');
      const what = `${who} → ${route.method} ${route.url} gave ${response.statusCode}`;
      if (allowed) {
        if (route.method === 'POST') {
          // An empty form is refused as a form (400), never as a person.
          expect([200, 303, 400, 409], what).toContain(response.statusCode);
          expect(isSignInRedirect(response.statusCode, response.headers.location), what).toBe(false);
        } else {
          expect(response.statusCode, what).toBe(200);
        }
      } else if (who === 'nobody') {
        expect(isSignInRedirect(response.statusCode, response.headers.location), what).toBe(true);
      } else {
        expect(response.statusCode, what).toBe(403);
      }
    }
  });
});
