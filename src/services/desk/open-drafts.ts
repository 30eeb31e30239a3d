// Work in hand: releases still in draft (figures being gathered) and letter
// drafts not yet exported, newest first.
import type { Kysely } from 'kysely';
import { listAllReleases } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import type { Lang } from '../../i18n/index.js';
import { listLetterDraftSummaries } from '../letters/letter-drafts.js';
import type { OpenDrafts } from './desk-types.js';

export async function readOpenDrafts(db: Kysely<Database>, lang: Lang): Promise<OpenDrafts> {
  const [releases, letters] = await Promise.all([listAllReleases(db), listLetterDraftSummaries(db)]);
  return {
    releases: releases
      .filter((r) => r.state === 'draft')
      .sort((a, b) => b.id - a.id)
      .map((r) => ({ id: r.id, title: lang === 'en' ? (r.title_en ?? r.title_da) : r.title_da })),
    letters: letters.map((l) => ({ id: l.id, title: l.title, kind: l.letter_kind, updatedAt: l.updated_at })),
  };
}
