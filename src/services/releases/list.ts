// The admin list of releases: every policy's drafts and published releases,
// each with its completeness ("N of M indicators"), drafts first.
import type { Kysely } from 'kysely';
import { listPolicies } from '../../db/repositories/policies.js';
import { listAllReleases } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { getReleaseCompleteness } from './completeness.js';
import type { Language } from './completeness.js';

const pick = (da: string, en: string | null, lang: Language) => (lang === 'en' ? (en ?? da) : da);

/** One line of the admin list of releases (the public list is services/public/release-history.ts). */
export interface ReleaseListEntry {
  readonly id: number;
  readonly title: string;
  readonly policy: { readonly code: string; readonly title: string };
  readonly state: 'draft' | 'published';
  readonly createdAt: string;
  readonly publishedOn: string | null;
  readonly withFigure: number;
  readonly total: number;
}

export async function listReleasesForAdmin(db: Kysely<Database>, lang: Language): Promise<ReleaseListEntry[]> {
  const [releases, policies] = await Promise.all([listAllReleases(db), listPolicies(db)]);
  const summaries: ReleaseListEntry[] = [];
  for (const release of releases) {
    const policy = policies.find((p) => p.id === release.policy_id)!;
    const completeness = await getReleaseCompleteness(db, release.id, lang);
    summaries.push({
      id: release.id,
      title: pick(release.title_da, release.title_en, lang),
      policy: { code: policy.code, title: pick(policy.title_da, policy.title_en, lang) },
      state: release.state,
      createdAt: release.created_at,
      publishedOn: release.published_on,
      withFigure: completeness.withFigure,
      total: completeness.total,
    });
  }
  // Drafts first: they are the work in hand.
  return summaries.sort((a, b) => (a.state === b.state ? b.id - a.id : a.state === 'draft' ? -1 : 1));
}
