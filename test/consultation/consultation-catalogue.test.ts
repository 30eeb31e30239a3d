import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { consultationCatalogueToDocx } from '../../src/services/consultation/catalogue-docx.js';
import { getConsultationCatalogue } from '../../src/services/consultation/consultation-catalogue.js';
import { createConsultationInput, deleteConsultationInput, updateConsultationInput } from '../../src/services/consultation/consultation-inputs.js';
import { listConsultationInputViews } from '../../src/services/consultation/consultation-list.js';
import type { ConsultationInput } from '../../src/services/consultation/consultation-inputs.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { createProjectDemoDatabase, idsByCode } from '../projects/support/project-demo-database.js';
import { readDocxParagraphs } from './read-docx-text.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const GOLDEN = fileURLToPath(new URL('./golden/catalogue-buu.da.txt', import.meta.url));
const ctx = { actor: commandLineActor('secretariat@example.org'), now: new Date('2011-03-01T08:00:00Z') };

describe.each(ENGINES)('the consultation catalogue on %s', (engine) => {
  let database: TestDatabase;
  let ids: Awaited<ReturnType<typeof idsByCode>>;
  let policyId: number;
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
    ids = await idsByCode(database);
    policyId = (await database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.drop());

  it("gathers the inputs tagged with the committee or with a goal it leads, each once, under the policy's goals", async () => {
    const catalogue = await getConsultationCatalogue(database.db, { committeeId: ids.committee('BUU') });
    expect(catalogue.sections.map((s) => s.goal?.number ?? null)).toEqual([1, 4]);
    expect(catalogue.sections[0]!.entries.map((e) => e.title)).toEqual([
      'Lektiehjælp tæt på hjemmet',
      'Forældre som ressource',
      'Rollemodeller i skolen',
      'Sprogstøtte i dagtilbud',
    ]);
    // Goal 4 is BUU's too: inputs there come in without naming the committee.
    expect(catalogue.sections[1]!.entries.map((e) => e.title)).toContain('Tolkning i sundhedsvæsenet');
    expect(catalogue.count).toBe(catalogue.sections.flatMap((s) => s.entries).length);
    const onlyInspiration = await getConsultationCatalogue(database.db, { committeeId: ids.committee('BUU'), statuses: ['inspiration'] });
    expect(onlyInspiration.sections.flatMap((s) => s.entries).every((e) => e.status === 'inspiration')).toBe(true);
  });

  it('writes the catalogue as a Word document that reads as the golden text', async () => {
    const catalogue = await getConsultationCatalogue(database.db, { committeeId: ids.committee('BUU') });
    const text = readDocxParagraphs(await consultationCatalogueToDocx(catalogue, 'da')).join('\n') + '\n';
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
    const english = readDocxParagraphs(await consultationCatalogueToDocx(catalogue, 'en'));
    expect(english.slice(0, 2)).toEqual(['[Title] Catalogue of consultation input', 'for the Children and Youth Committee']);
    expect(english).toContain('Public meeting · 14 September 2010 · anonymous');
  });

  it('creates, changes and deletes an input with an audit row each, refusing a stale edit', async () => {
    const input: ConsultationInput = {
      policyId,
      sourceKind: 'blog',
      receivedOn: '2010-10-30',
      title: 'Grønne skolegårde',
      body: 'Åbn skolegårdene om aftenen.',
      status: 'inspiration',
      goalIds: [ids.goal('mal-6')],
      committeeIds: [ids.committee('TMU'), ids.committee('TMU')],
    };
    const created = await createConsultationInput(database.db, input, ctx);
    expect(created.author).toBeNull();
    const listed = await listConsultationInputViews(database.db, policyId, { committeeId: ids.committee('TMU'), status: 'inspiration' });
    expect(listed.find((v) => v.id === created.id)).toMatchObject({ goals: [{ code: 'mal-6' }], committees: [{ code: 'TMU' }] });
    expect((await listConsultationInputViews(database.db, policyId)).length).toBe(21);
    const tmu = await getConsultationCatalogue(database.db, { committeeId: ids.committee('TMU') });
    expect(tmu.sections.find((s) => s.goal?.number === 6)?.entries.map((e) => e.title)).toEqual(['Grønne skolegårde']);
    const updated = await updateConsultationInput(database.db, created.id, created.version, { ...input, status: 'used', author: 'Skolebestyrelse' }, ctx);
    expect(updated).toMatchObject({ status: 'used', author: 'Skolebestyrelse', version: created.version + 1 });
    await expect(updateConsultationInput(database.db, created.id, created.version, input, ctx)).rejects.toMatchObject({ id: 'conflict' });
    await expect(createConsultationInput(database.db, { ...input, receivedOn: '2010-02-30' }, ctx)).rejects.toThrow(/receivedOn/);
    await deleteConsultationInput(database.db, created.id, ctx);
    const audit = (await listAuditEntries(database.db, { entity: 'consultation_input' })).filter((a) => a.entity_id === String(created.id));
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
  });
});
