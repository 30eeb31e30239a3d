// A supplementary release counts with the year's earlier releases (METHODS.md,
// "Release completeness"), and a figure still owed keeps its note: carried
// into the next draft, shown on the indicator's public page. On the demo:
// January 2013 brought 14 of 15; the leaders figure (owed by the Finance
// Administration since 2010) comes in April.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { getReleaseCompleteness } from '../../src/services/releases/completeness.js';
import { createRelease } from '../../src/services/releases/create.js';
import { getMissingFigureNoteDraft } from '../../src/services/releases/missing.js';
import { getSupplierView } from '../../src/services/releases/supplier-view.js';
import { buildFigureTemplate } from '../../src/services/releases/templates.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { stageFigures } from '../../src/services/releases/stage.js';
import { ENGINES } from '../support/databases.js';
import { startDemoApp } from '../support/demo-app.js';
import type { DemoApp } from '../support/demo-app.js';
import { textOf } from './support.js';

const ctx = { actor: commandLineActor('secretariat'), now: new Date('2013-03-01T09:00:00Z') };
const POLICY = '/politikker/inklusionspolitik-2011-2014';
const LEADERS_PAGE = `${POLICY}/indikatorer/ledere-minoritet/`;

describe.each(ENGINES)('a supplementary release on %s', (engine) => {
  let demo: DemoApp;
  let draftId: number;
  const page = async (url: string) => textOf((await demo.app.inject({ method: 'GET', url })).body);
  const idOf = async (table: 'indicators' | 'groups' | 'areas' | 'policies', code: string) =>
    (await demo.database.db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
  }, 120_000);
  afterAll(() => demo.close());

  it('shows on the indicator page why its figure is missing, who owes it and when it is expected', async () => {
    const text = await page(LEADERS_PAGE);
    expect(text).toContain('Hvorfor mangler de nye tal?');
    expect(text).toContain('Økonomiforvaltningen har ikke kunnet levere tal siden startmålingen.');
    expect(text).toMatch(/Skal leveres af: Økonomiforvaltningen/);
    expect(text).toMatch(/Ventes: 1\. kvartal 2013/);
    expect(await page(`${POLICY}/indikatorer/tryghed/`)).not.toContain('Hvorfor mangler de nye tal?');
  });

  it("starts the next draft with the owed figure's note, editable, and counts the draft with the year", async () => {
    const policyId = await idOf('policies', 'inklusionspolitik-2011-2014');
    draftId = (await createRelease(demo.database.db, { policyId, titleDa: 'Ledertal 2012' }, ctx)).id;
    const draft = await getReleaseCompleteness(demo.database.db, draftId);
    expect(draft).toMatchObject({ withFigure: 14, newInRelease: 0, total: 15 });
    expect(draft.missing.map((m) => [m.code, m.explained, m.note?.missingSince, m.note?.expected])).toEqual([
      ['ledere-minoritet', true, '2010', '1. kvartal 2013'],
    ]);
    expect(await getMissingFigureNoteDraft(demo.database.db, draftId, 'ledere-minoritet')).toMatchObject({
      missingSince: '2010',
      reasonDa: 'Økonomiforvaltningen har ikke kunnet levere tal siden startmålingen.',
      expectedEn: 'First quarter of 2013',
    });
  });

  it('asks in the template for the period the leaders figure owes (2012, as its peers have), not the one after its last (2011)', async () => {
    const rows = await buildFigureTemplate(demo.database.db, { policyCode: 'inklusionspolitik-2011-2014', administrationCode: 'OKF' });
    expect(rows.map((r) => [r.indicator, r.period])).toEqual([
      ['ledere-minoritet', '2012'],
      ['medarbejdere-minoritet', '2013'],
      ['tryghed', '2013'],
    ]);
    const supplier = await getSupplierView(demo.database.db, { administrationCode: 'OKF', releaseId: draftId });
    expect(supplier.indicators.map((i) => [i.code, i.latestPeriod, i.nextPeriod])).toEqual([
      ['ledere-minoritet', '2010', '2012'],
      ['medarbejdere-minoritet', '2012', '2013'],
      ['tryghed', '2012', '2013'],
    ]);
  });

  it('reads 15 of 15 once the leaders figure is published, and lists nothing an earlier release delivered as missing', async () => {
    const [indicatorId, groupId, areaId] = await Promise.all([
      idOf('indicators', 'ledere-minoritet'),
      idOf('groups', 'etnisk-minoritet'),
      demo.database.db.selectFrom('areas').select('id').orderBy('id').executeTakeFirstOrThrow(),
    ]);
    await stageFigures(demo.database.db, draftId, [{ indicatorId, period: '2012', groupId, areaId: areaId.id, value: 4.6 }], ctx);
    await publishRelease(demo.database.db, draftId, { publishedOn: '2013-04-10' }, ctx);

    const front = await page('/');
    expect(front).toContain('Nye tal for alle 15 indikatorer.');
    expect(front).not.toContain('Nye tal for 1 af 15');
    expect(front).not.toContain('Der er ikke oplyst en grund.');
    const admin = await getReleaseCompleteness(demo.database.db, draftId);
    expect(admin).toMatchObject({ withFigure: 15, newInRelease: 1, total: 15, isComplete: true, missing: [] });
    expect(admin.present.filter((p) => !p.deliveredEarlier).map((p) => p.code)).toEqual(['ledere-minoritet']);

    const api = JSON.parse((await demo.app.inject({ method: 'GET', url: '/api/v1/policies/inklusionspolitik-2011-2014/releases' })).body);
    const releases = (Array.isArray(api) ? api : (api.data ?? api.releases)) as { withFigure: number; total: number; missing: unknown[] }[];
    expect(releases.slice(0, 2).map((r) => [r.withFigure, r.total, r.missing.length])).toEqual([
      [15, 15, 0],
      [14, 15, 1],
    ]);
    expect(await page(LEADERS_PAGE)).not.toContain('Hvorfor mangler de nye tal?');
  });

  it("does not count a release with an earlier year's", async () => {
    const january2013 = await demo.database.db.selectFrom('releases').select('id').where('published_on', '=', '2013-01-15').executeTakeFirstOrThrow();
    expect(await getReleaseCompleteness(demo.database.db, january2013.id)).toMatchObject({ withFigure: 14, newInRelease: 14, total: 15 });
  });
});
