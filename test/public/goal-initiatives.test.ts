// The goal page lists the action plans' initiatives that serve the goal,
// through HTTP on both engines with the demo data and the demo plans: each
// from its plan's newest approved version, with committee, plan year and
// approval, result target, years and the indicator that follows it; a
// revision still waiting for its committee stays off the public page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { reviseActionPlan } from '../../src/services/plans/action-plans.js';
import { ENGINES } from '../support/databases.js';
import { createProjectDemoDatabase, demoContext, idsByCode } from '../projects/support/project-demo-database.js';
import type { TestDatabase } from '../support/databases.js';
import { CURRENT, buildPublicApp, fetchPage, textOf } from './public-app.js';

const DA_GOAL = (code: string) => `/politikker/${CURRENT}/maal/${code}/`;
const EN_GOAL = (code: string) => `/en/policies/${CURRENT}/goals/${code}/`;

/** The initiatives section of a goal page, as text. */
const initiativesOf = (html: string) => textOf(/<section class="goal-initiatives"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '');

describe.each(ENGINES)('the action plans on the goal pages on %s', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
    app = await buildPublicApp(database);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it("lists goal 1's initiatives once each, from the revised plan the committee approved in June", async () => {
    const html = await fetchPage(app, DA_GOAL('mal-1'));
    const text = initiativesOf(html);
    expect(text).toContain('Indsatser i udvalgenes handleplaner');
    expect(text.match(/Sprogscreening og sprogstøtte i indskolingen/g)).toHaveLength(1);
    expect(text).toContain(
      'Sprogscreening og sprogstøtte i indskolingen Resultatmål Forskellen i karaktergennemsnit mellem tosprogede og etsprogede elever mindskes med 0,3 karakterpoint inden 2014. Udvalg Børne- og Ungdomsudvalget Handleplan 2011, version 2, godkendt 15. juni 2011 Periode 2011–2014 Følges af indikatoren',
    );
    expect(text).toContain('Brobygning til ungdomsuddannelse i 8. og 9. klasse');
    // Goal 4's initiative in the same plan is not goal 1's.
    expect(text).not.toContain('Opsøgende dialog med forældre om dagtilbud');
    expect(html).toContain(`<a href="/politikker/${CURRENT}/indikatorer/karakterforskel/">`);
  });

  it('shows them on the English page with English names around the Danish plan text, marked as Danish', async () => {
    const html = await fetchPage(app, EN_GOAL('mal-2'));
    const text = initiativesOf(html);
    expect(text).toContain("Initiatives in the committees' action plans");
    expect(text).toContain('Committee Employment and Integration Committee Action plan 2011, approved 9 May 2011 Period 2011–2014');
    expect(html).toContain('<h3 class="h4" lang="da">Virksomhedsrettede forløb for ledige med minoritetsbaggrund</h3>');
    expect(html).toContain(`<a href="/en/policies/${CURRENT}/indicators/overledighed/">`);
  });

  it('says so where no approved plan serves the goal', async () => {
    expect(initiativesOf(await fetchPage(app, DA_GOAL('mal-3')))).toContain('Ingen godkendt handleplan har endnu en indsats for mål 3.');
    expect(initiativesOf(await fetchPage(app, EN_GOAL('mal-3')))).toContain('No approved action plan has an initiative for goal 3 yet.');
  });

  it('keeps a revision off the page until the committee has approved it, and then shows it instead', async () => {
    const ids = await idsByCode(database);
    const plan = await database.db
      .selectFrom('action_plans')
      .select('id')
      .where('committee_id', '=', ids.committee('BIU'))
      .where('year', '=', 2011)
      .executeTakeFirstOrThrow();
    const revision = (approvedOn: string | null) => ({
      title: 'Beskæftigelses- og Integrationsudvalgets handleplan 2011 (revideret)',
      approvedOn,
      initiatives: [{ title: 'Mentorer til nyuddannede', resultTarget: '100 forløb om året.', firstYear: 2012, lastYear: 2013, goalIds: [ids.goal('mal-2')] }],
    });
    await reviseActionPlan(database.db, plan.id, { basedOnVersion: 1, revisionNote: 'Ny indsats.', content: revision(null) }, demoContext);
    const waiting = initiativesOf(await fetchPage(app, DA_GOAL('mal-2')));
    expect(waiting).toContain('Virksomhedsrettede forløb for ledige med minoritetsbaggrund');
    expect(waiting).not.toContain('Mentorer til nyuddannede');

    await reviseActionPlan(database.db, plan.id, { basedOnVersion: 2, revisionNote: 'Godkendt.', content: revision('2012-02-01') }, demoContext);
    const approved = initiativesOf(await fetchPage(app, DA_GOAL('mal-2')));
    expect(approved).toContain('Mentorer til nyuddannede Resultatmål 100 forløb om året. Udvalg Beskæftigelses- og Integrationsudvalget Handleplan 2011, version 3, godkendt 1. februar 2012 Periode 2012–2013');
    expect(approved).not.toContain('Virksomhedsrettede forløb');
  });

  it('answers 404 for a goal of no public policy', async () => {
    expect((await app.inject({ method: 'GET', url: '/politikker/findes-ikke/maal/mal-1/' })).statusCode).toBe(404);
  });
});
