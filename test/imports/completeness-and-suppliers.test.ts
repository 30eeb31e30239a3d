import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFound } from '../../src/services/errors.js';
import { getReleaseCompleteness } from '../../src/services/releases/completeness.js';
import { getSupplierView } from '../../src/services/releases/supplier-view.js';
import { runImport } from '../../src/services/imports/run-import.js';
import { createRelease } from '../../src/services/releases/create.js';
import { recordMissingFigure } from '../../src/services/releases/missing.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { seedModel } from './support/seed-model.js';
import type { SeededModel } from './support/seed-model.js';
import { templateSource } from './support/sources.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('secretariat'), now: new Date('2026-01-20T09:00:00Z') };

describe.each(ENGINES)("release completeness and the data suppliers' view on %s", (engine) => {
  let database: TestDatabase;
  let model: SeededModel;
  let draftId: number;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    model = await seedModel(database.db);
    const draft = await createRelease(database.db, { policyId: model.policyId, titleDa: 'Tal for 2013', titleEn: 'Figures for 2013' }, ctx);
    draftId = draft.id;
    const report = await runImport(
      database.db,
      templateSource([
        'indicator;period;group;value',
        'beskaeftigelse;2013;etnisk-minoritet;54,1',
        'beskaeftigelse;2013;dansk-oprindelse;75,9',
        'karakterer;2013/14;total;7,0',
      ]),
      { dryRun: false, releaseId: draft.id },
      ctx,
    );
    expect(report.committed).toBe(true);
    const buf = await database.db.selectFrom('administrations').select('id').where('code', '=', 'BUF').executeTakeFirstOrThrow();
    await recordMissingFigure(
      database.db,
      draft.id,
      {
        indicatorId: model.indicators.leaders,
        administrationId: buf.id,
        missingSince: '2012',
        reasonDa: 'Lederundersøgelsen er forsinket',
        reasonEn: 'The survey of managers is late',
        expectedDa: '1. kvartal 2014',
        expectedEn: 'First quarter of 2014',
      },
      ctx,
    );
  });
  afterAll(() => database.drop());

  it('counts the indicators with a new figure and names the missing ones with what was recorded', async () => {
    const view = await getReleaseCompleteness(database.db, draftId);
    expect(view).toMatchObject({ withFigure: 2, total: 4, isComplete: false, release: { id: draftId, title: 'Tal for 2013', state: 'draft' } });
    expect(view.present.map((i) => [i.code, i.figures])).toEqual([
      ['beskaeftigelse', 2],
      ['karakterer', 1],
    ]);
    expect(view.missing).toEqual([
      {
        code: 'ledighed-kvartal',
        title: 'ledighed-kvartal',
        owner: { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
        figures: 0,
        explained: false,
        note: null,
      },
      {
        code: 'ledere',
        title: 'ledere',
        owner: { code: 'BUF', name: 'Børne- og Ungdomsforvaltningen' },
        figures: 0,
        explained: true,
        note: {
          administration: 'Børne- og Ungdomsforvaltningen',
          missingSince: '2012',
          reason: 'Lederundersøgelsen er forsinket',
          expected: '1. kvartal 2014',
        },
      },
    ]);
    const english = await getReleaseCompleteness(database.db, draftId, 'en');
    expect(english.release.title).toBe('Figures for 2013');
    expect(english.missing[1]!.note).toMatchObject({ reason: 'The survey of managers is late', expected: 'First quarter of 2014' });
  });

  it('shows the published release complete for what it held', async () => {
    const view = await getReleaseCompleteness(database.db, model.releaseId);
    expect(view).toMatchObject({ withFigure: 4, total: 4, isComplete: true, missing: [] });
  });

  it('shows a supplier only its own indicators, what it owes next and what the draft still lacks', async () => {
    const bif = await getSupplierView(database.db, { administrationCode: 'BIF' });
    expect(bif.draft).toEqual({ id: draftId, title: 'Tal for 2013' });
    expect(bif.indicators.map((i) => [i.code, i.latestPeriod, i.nextPeriod, i.figuresInDraft])).toEqual([
      ['beskaeftigelse', '2012', '2013', 2],
      ['ledighed-kvartal', '2012 Q4', '2013 Q1', 0],
    ]);
    expect(bif.stillMissing).toEqual(['ledighed-kvartal']);
    const bufId = (await database.db.selectFrom('administrations').select('id').where('code', '=', 'BUF').executeTakeFirstOrThrow()).id;
    const buf = await getSupplierView(database.db, { administrationId: bufId, releaseId: draftId });
    // In the policy's order: goal by goal.
    expect(buf.indicators.map((i) => [i.code, i.nextPeriod, i.missing?.expected ?? null])).toEqual([
      ['ledere', '2013', '1. kvartal 2014'],
      ['karakterer', '2013/14', null],
    ]);
    expect(buf.stillMissing).toEqual(['ledere']);
  });

  it('refuses an administration or release that does not exist', async () => {
    await expect(getSupplierView(database.db, { administrationCode: 'XYZ' })).rejects.toBeInstanceOf(NotFound);
    await expect(getReleaseCompleteness(database.db, 9999)).rejects.toBeInstanceOf(NotFound);
  });
});
