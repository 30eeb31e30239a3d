// A missing figure's note is history, not a draft's scratch: once the figure
// arrives in a later release, the release that lacked it still says why,
// who owed it and when it was expected, on its public page and in its
// record. On the demo: January 2013 lacks the leaders figure, April brings it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { createRelease } from '../../src/services/releases/create.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { stageFigures } from '../../src/services/releases/stage.js';
import { ENGINES } from '../support/databases.js';
import { startDemoApp } from '../support/demo-app.js';
import type { DemoApp } from '../support/demo-app.js';
import { textOf } from './support.js';

const ctx = { actor: commandLineActor('secretariat'), now: new Date('2013-03-01T09:00:00Z') };
const POLICY = '/politikker/inklusionspolitik-2011-2014';
const REASON = 'Økonomiforvaltningen har ikke kunnet levere tal siden startmålingen.';

describe.each(ENGINES)('a missing figure delivered later, on %s', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
  }, 120_000);
  afterAll(() => demo.close());

  it('keeps the reason on the page and in the record of the release that lacked it', async () => {
    const db = demo.database.db;
    const january = await db.selectFrom('releases').select('id').where('published_on', '=', '2013-01-15').executeTakeFirstOrThrow();
    const januaryPage = `${POLICY}/offentliggoerelser/${january.id}/`;
    const page = async (url: string) => textOf((await demo.app.inject({ method: 'GET', url })).body);
    expect(await page(januaryPage)).toContain(REASON);

    const id = async (table: 'indicators' | 'groups' | 'policies', code: string) =>
      (await db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const draft = await createRelease(db, { policyId: await id('policies', 'inklusionspolitik-2011-2014'), titleDa: 'Ledertal 2012' }, ctx);
    const area = await db.selectFrom('areas').select('id').orderBy('id').executeTakeFirstOrThrow();
    const indicatorId = await id('indicators', 'ledere-minoritet');
    await stageFigures(db, draft.id, [{ indicatorId, period: '2012', groupId: await id('groups', 'etnisk-minoritet'), areaId: area.id, value: 4.6 }], ctx);
    await publishRelease(db, draft.id, { publishedOn: '2013-04-10' }, ctx);

    // The indicator page no longer asks why the figure is missing…
    expect(await page(`${POLICY}/indikatorer/ledere-minoritet/`)).not.toContain('Hvorfor mangler de nye tal?');
    // …but January's release still says why it lacked it, and its note is kept as it was.
    expect(await page(januaryPage)).toContain(REASON);
    const notes = await db.selectFrom('release_missing').selectAll().where('release_id', '=', january.id).where('indicator_id', '=', indicatorId).execute();
    expect(notes.map((n) => n.reason_da)).toEqual([REASON]);
  });
});
