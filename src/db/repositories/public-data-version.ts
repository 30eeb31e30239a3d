// The data version the public site's response cache is keyed on. Every change
// to the model leaves an audit row in its own transaction (STYLE habit 7), so
// the newest audit id moves with every publication, edit and demo load.
// Rows about what the public never sees (accounts, sign-ins, lockouts, reset
// links, letters) are left out, so a failed sign-in or a reset request does
// not throw the whole public cache away. The list names what is private
// rather than what is public: an entity missing from it costs a fresh page,
// never a stale one.
//
// On PostgreSQL a transaction can take a lower id and commit after a higher
// one, so the version there also counts the recent rows: the count still
// changes when the late one commits. SQLite has one writer at a time, so ids
// commit in order and the newest id alone is enough. The query runs on every
// public request, so it is compiled once per database.
import type { CompiledQuery, Kysely } from 'kysely';
import { engineOf } from '../dialect.js';
import type { Database } from '../tables.js';

/** How far back PostgreSQL's count of recent audit rows looks. */
const RECENT_WINDOW = 256;

/** Audit entities whose changes no public page, download or embed shows. */
const PRIVATE_AUDIT_ENTITIES: readonly string[] = ['user', 'sign-in', 'letter_draft', 'letter_logo', 'letter_template'];

interface VersionRow {
  last: number | string | null;
  recent?: number | string;
}

const compiled = new WeakMap<Kysely<Database>, CompiledQuery<VersionRow>>();

function versionQuery(db: Kysely<Database>): CompiledQuery<VersionRow> {
  let query = compiled.get(db);
  if (!query) {
    const publicRows = () => db.selectFrom('audit_log').where('entity', 'not in', PRIVATE_AUDIT_ENTITIES);
    const newest = publicRows().select((eb) => eb.fn.max('id').as('last'));
    query = // engineOf takes any Kysely; the Database type is not assignable to Kysely<unknown> as declared.
      (
        engineOf(db as unknown as Kysely<unknown>) === 'sqlite'
          ? newest.compile()
          : newest
              .select((eb) => eb.fn.countAll<number>().as('recent'))
              .where('id', '>', () =>
                publicRows().select((inner) => inner(inner.fn.coalesce(inner.fn.max('id'), inner.lit(0)), '-', inner.lit(RECENT_WINDOW)).as('floor')),
              )
              .compile()
      ) as CompiledQuery<VersionRow>;
    compiled.set(db, query);
  }
  return query;
}

export async function readDataVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await db.executeQuery(versionQuery(db));
  const row = rows[0];
  return `${Number(row?.last ?? 0)}.${Number(row?.recent ?? 0)}`;
}
