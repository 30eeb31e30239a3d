// The annual cycle as the letters need it: coming deadlines (with who
// delivers) and the committees' status statements, read through the cycle's
// own services and put in the letter's language.
import type { Kysely } from 'kysely';
import type { DeadlineLine, LetterLang, StatementLine } from '../../domain/letters/view-models.js';
import type { Database } from '../../db/tables.js';
import { isMessageKey, t } from '../../i18n/index.js';
import { listComingDeadlines } from '../cycle/coming-deadlines.js';
import { listStatusStatements } from '../cycle/status-statements.js';

export async function loadDeadlineLines(
  db: Kysely<Database>,
  options: { policyId: number; from: string; lang: LetterLang; limit?: number; committeeCode?: string },
): Promise<DeadlineLine[]> {
  const deadlines = await listComingDeadlines(db, {
    policyId: options.policyId,
    from: options.from,
    limit: options.committeeCode ? undefined : options.limit,
    lang: options.lang,
  });
  const mine = options.committeeCode ? deadlines.filter((d) => d.assignees.some((a) => a.kind === 'committee' && a.code === options.committeeCode)) : deadlines;
  return mine.slice(0, options.limit ?? mine.length).map((d) => ({
    date: d.date,
    title: options.lang === 'en' ? d.titleEn : d.titleDa,
    assignees: d.assignees.map((a) => a.name),
  }));
}

export async function loadStatementLines(db: Kysely<Database>, options: { policyId: number; year: number; lang: LetterLang }): Promise<StatementLine[]> {
  const statements = await listStatusStatements(db, options);
  return statements.map((s) => ({
    committee: { code: s.committee.code, name: s.committee.name },
    state: t(options.lang, `letters.state.${s.state}`),
    submitted: s.submittedAt !== null,
    submittedAt: s.submittedAt,
    fields: Object.entries(s.fields).map(([key, text]) => {
      const labelKey = `letters.statement.${key}`;
      return { label: isMessageKey(labelKey) ? t(options.lang, labelKey) : key, text };
    }),
  }));
}
