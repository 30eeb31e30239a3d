// Puts hostile text into every title, name, description and note a public
// page shows, straight into the database as a careless import or a
// malicious editor might, to check that it is always shown as text.
import type { Kysely } from 'kysely';
import { writeSetting } from '../../src/db/repositories/settings.js';
import type { Database } from '../../src/db/tables.js';

export const HOSTILE = `<script>alert("x")</script> "quoted" & 'single' <img src=x onerror=alert(1)>`;
/** Starts like a spreadsheet formula, to check that CSV keeps it as text. */
export const HOSTILE_FORMULA = `=HYPERLINK("http://evil.example") <b>&amp;</b>`;

export async function insertHostileText(db: Kysely<Database>): Promise<void> {
  const both = { da: `Dansk ${HOSTILE}`, en: `English ${HOSTILE}` };
  await db.updateTable('policies').set({ title_da: both.da, title_en: both.en, subtitle_da: both.da, description_da: both.da, description_en: both.en }).execute();
  await db.updateTable('focus_areas').set({ title_da: both.da, title_en: both.en, description_da: both.da }).execute();
  await db.updateTable('goals').set({ title_da: both.da, title_en: both.en, description_da: both.da, description_en: both.en }).execute();
  await db.updateTable('indicators').set({ title_da: both.da, title_en: both.en, description_da: both.da, source_da: both.da, source_en: both.en }).execute();
  await db.updateTable('groups').set({ name_da: HOSTILE_FORMULA, name_en: HOSTILE_FORMULA }).execute();
  await db.updateTable('committees').set({ name_da: both.da, name_en: both.en }).execute();
  await db.updateTable('administrations').set({ name_da: both.da, name_en: both.en }).execute();
  await db.updateTable('releases').set({ title_da: both.da, title_en: both.en, note_da: both.da, note_en: both.en }).execute();
  await db.updateTable('release_missing').set({ reason_da: both.da, reason_en: both.en, expected_da: both.da, expected_en: both.en }).execute();
  await db.updateTable('release_figures').set({ reason: HOSTILE }).where('replaced_value', 'is not', null).execute();
  await db.updateTable('measurement_history').set({ reason: HOSTILE }).execute();
  const at = new Date().toISOString();
  for (const key of ['barometer_name_da', 'barometer_name_en', 'municipality_name_da', 'municipality_name_en', 'contact_text_da', 'contact_text_en']) {
    await writeSetting(db, key, `${key} ${HOSTILE}`, at);
  }
  // Changes made outside the services leave no audit row; this one tells the response cache.
  await db.insertInto('audit_log').values({ at, actor: 'test', action: 'update', entity: 'hostile-text', entity_id: null, before: null, after: null }).execute();
}
