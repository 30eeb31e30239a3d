// A release as the layers above the services see it: its identity, titles,
// state and dates, mapped from its row here so that no screen or command
// reads a column name.
import type { ReleaseRow } from '../../db/tables.js';
import type { Text } from '../../domain/text.js';

export type ReleaseState = 'draft' | 'published';

export interface Release {
  readonly id: number;
  readonly policyId: number;
  readonly title: Text;
  readonly note: Text | null;
  readonly state: ReleaseState;
  /** The publication date shown to the public (`YYYY-MM-DD`); null for a draft. */
  readonly publishedOn: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

export function toRelease(row: ReleaseRow): Release {
  return {
    id: row.id,
    policyId: row.policy_id,
    title: { da: row.title_da, en: row.title_en },
    note: row.note_da ? { da: row.note_da, en: row.note_en } : null,
    state: row.state,
    publishedOn: row.published_on,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
