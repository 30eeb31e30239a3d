// What the form for a new draft offers: the current policy's published
// releases, newest first, and the committees that answer for its goals.
import type { Kysely } from 'kysely';
import type { LetterLang } from '../../domain/letters/view-models.js';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import { listReleases } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { getPolicyOverview } from '../policy-overview.js';
import { inLang } from './letter-lines.js';

export interface LetterChoices {
  readonly releases: readonly { readonly id: number; readonly title: string; readonly publishedOn: string }[];
  readonly committees: readonly { readonly code: string; readonly name: string }[];
}

export async function loadLetterChoices(db: Kysely<Database>, lang: LetterLang): Promise<LetterChoices> {
  const policy = await findCurrentPolicy(db);
  if (!policy) return { releases: [], committees: [] };
  const [releases, overview] = await Promise.all([listReleases(db, policy.id), getPolicyOverview(db, policy.code)]);
  return {
    releases: releases
      .filter((r) => r.state === 'published' && r.published_on !== null)
      .map((r) => ({ id: r.id, title: inLang({ da: r.title_da, en: r.title_en }, lang), publishedOn: r.published_on! })),
    committees: (overview?.committees ?? []).map((c) => ({ code: c.code, name: inLang(c.name, lang) })),
  };
}
