// The secretariat's desk: the cycle's deadlines, the work in draft, how
// complete the current release is, the projects to act on and, for an
// administrator, the latest changes.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { Actor } from '../../domain/permissions.js';
import type { Lang } from '../../i18n/index.js';
import { readCurrentReleaseCompleteness } from './current-release.js';
import type { SecretariatDesk } from './desk-types.js';
import { readDueTasks } from './due-tasks.js';
import { readFlaggedProjects } from './flagged-projects.js';
import { readOpenDrafts } from './open-drafts.js';
import { readRecentChanges } from './recent-changes.js';

export async function readSecretariatDesk(db: Kysely<Database>, actor: Actor, options: { today: string; lang: Lang }): Promise<SecretariatDesk> {
  const [due, drafts, completeness, projects, recentChanges] = await Promise.all([
    readDueTasks(db, options.today),
    readOpenDrafts(db, options.lang),
    readCurrentReleaseCompleteness(db, options.lang),
    readFlaggedProjects(db, options.today),
    readRecentChanges(db, actor),
  ]);
  return {
    kind: 'secretariat',
    due,
    drafts,
    release: completeness && {
      id: completeness.release.id,
      title: completeness.release.title,
      state: completeness.release.state,
      publishedOn: completeness.release.publishedOn,
      withFigure: completeness.withFigure,
      total: completeness.total,
      missing: completeness.missing.map((m) => ({ title: m.title, owner: m.owner?.name ?? null, expected: m.note?.expected ?? null })),
    },
    projects,
    recentChanges,
  };
}
