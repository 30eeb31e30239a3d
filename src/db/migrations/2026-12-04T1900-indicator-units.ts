// Units in both languages, and a unit of its own for the group figures of a
// gap indicator. Until now an indicator had one unit, written in Danish, and
// the English pages guessed the English word from a table; a gap indicator's
// group figures (unemployment rates, in per cent) were labelled with the
// gap's unit (percentage points). `unit_en` is the English unit (null: the
// Danish one is shown); `group_unit_da`/`group_unit_en` are the unit of the
// groups' own figures (null: they share the indicator's unit).
//
// Existing installs get `unit_en` filled in from the Danish units they are
// known to use, so their English pages read well at once. Each stored
// spelling is matched after trimming and lower-casing in JavaScript, since
// SQLite's lower() leaves Danish letters alone.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const COLUMNS = ['unit_en', 'group_unit_da', 'group_unit_en'] as const;

/** Danish units (lower case) and their English words. */
const ENGLISH_UNIT_OF: Readonly<Record<string, string>> = {
  '%': '%',
  procent: 'percent',
  pct: 'percent',
  'pct.': 'percent',
  procentpoint: 'percentage points',
  'procent-point': 'percentage points',
  'pct.-point': 'percentage points',
  karakterpoint: 'grade points',
  karakter: 'grade',
  karakterer: 'grades',
  antal: 'number',
  personer: 'people',
  borgere: 'residents',
  elever: 'pupils',
  børn: 'children',
  unge: 'young people',
  husstande: 'households',
  år: 'years',
  måneder: 'months',
  uger: 'weeks',
  dage: 'days',
  timer: 'hours',
  kr: 'DKK',
  'kr.': 'DKK',
  'mio. kr.': 'DKK million',
  point: 'points',
  indeks: 'index',
  promille: 'per mille',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('indicators').addColumn(column, 'text').execute();
  const { rows } = await sql<{ unit: string }>`select distinct unit from indicators`.execute(db);
  for (const { unit } of rows) {
    const english = ENGLISH_UNIT_OF[unit.trim().toLowerCase()];
    if (english !== undefined) await sql`update indicators set unit_en = ${english} where unit = ${unit} and unit_en is null`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('indicators').dropColumn(column).execute();
}
