// Drafts: a letter made from the data, whose wording the secretariat edits
// before exporting it. A draft keeps the model it was made from, so what is
// exported is what was read and edited. Edits carry the version they were
// made on; every change leaves an audit row.
import type { Kysely } from 'kysely';
import { composeLetter, isToOneCommittee } from '../../domain/letters/compose-letter.js';
import type { LetterDocument } from '../../domain/letters/document.js';
import { listSections } from '../../domain/letters/letter-sections.js';
import type { LetterKind, LetterLang, LetterModel } from '../../domain/letters/view-models.js';
import { recordAudit } from '../../db/repositories/audit.js';
import {
  deleteLetterDraft,
  findLetterDraft,
  insertLetterDraft,
  listLetterDrafts,
  listSharedChallengeDrafts,
  updateLetterDraft,
} from '../../db/repositories/letters.js';
import { listCommittees } from '../../db/repositories/organisation.js';
import { findRelease } from '../../db/repositories/releases.js';
import type { Database, LetterDraftRow } from '../../db/tables.js';
import { canWriteLetters } from '../../domain/permissions.js';
import { inTransaction, toIsoDate } from '../change-context.js';
import { isIsoDate } from '../../domain/cycle/iso-dates.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import { buildLetterDraftTexts, buildLetterModel } from './build-letter.js';
import type { LetterOrder } from './build-letter.js';

export interface LetterDraft {
  readonly id: number;
  readonly kind: LetterKind;
  readonly lang: LetterLang;
  readonly releaseId: number;
  readonly committeeId: number | null;
  readonly title: string;
  readonly model: LetterModel;
  readonly sections: Readonly<Record<string, string>>;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  /** When the draft was shared with the committee it is written to; null while it is the secretariat's alone. */
  readonly sharedAt: string | null;
  /** The case and document numbers printed in the letterhead (sagsnr., dokumentnr.). */
  readonly caseNumber: string | null;
  readonly documentNumber: string | null;
  /** The project a red-twice letter is about. */
  readonly projectId: number | null;
}

function toDraft(row: LetterDraftRow): LetterDraft {
  return {
    id: row.id,
    kind: row.letter_kind,
    lang: row.lang,
    releaseId: row.release_id,
    committeeId: row.committee_id,
    title: row.title,
    model: JSON.parse(row.model) as LetterModel,
    sections: JSON.parse(row.sections) as Record<string, string>,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    sharedAt: row.shared_at,
    caseNumber: row.case_number,
    documentNumber: row.document_number,
    projectId: row.project_id,
  };
}

/**
 * Makes a draft from the data. The letter is dated `order.date` (the day it
 * will be sent; its deadlines count from it), today when none is given.
 */
export async function createLetterDraft(
  db: Kysely<Database>,
  order: Omit<LetterOrder, 'date'> & { readonly date?: string | undefined },
  ctx: ChangeContext,
): Promise<LetterDraft> {
  if (!canWriteLetters(ctx.actor)) throw new Forbidden('error.letter.secretariatOnly');
  const date = order.date ?? toIsoDate(ctx.now);
  if (!isIsoDate(date)) throw new Invalid('error.letter.notADate', { date });
  const model = await buildLetterModel(db, { ...order, date });
  const sections = await buildLetterDraftTexts(db, model);
  const committeeCode = isToOneCommittee(model.kind) && 'committee' in model ? model.committee.code : undefined;
  const committee = committeeCode ? (await listCommittees(db)).find((c) => c.code === committeeCode) : undefined;
  return inTransaction(db, async (trx) => {
    const at = ctx.now.toISOString();
    const row = await insertLetterDraft(trx, {
      letter_kind: model.kind,
      lang: model.context.lang,
      policy_id: (await findRelease(trx, model.context.release.id))!.policy_id,
      release_id: model.context.release.id,
      committee_id: committee?.id ?? null,
      project_id: model.kind === 'red_twice' ? model.project.id : null,
      case_number: order.filing?.caseNumber?.trim() || null,
      document_number: order.filing?.documentNumber?.trim() || null,
      title: sections.subject ?? model.kind,
      model: JSON.stringify(model),
      sections: JSON.stringify(sections),
      created_at: at,
      created_by: ctx.actor.label,
      updated_at: at,
      updated_by: ctx.actor.label,
    });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'create',
      entity: 'letter_draft',
      entityId: row.id,
      after: { kind: row.letter_kind, lang: row.lang, release: row.release_id, committee: row.committee_id, project: row.project_id, date, sections },
    });
    return toDraft(row);
  });
}

export async function getLetterDraft(db: Kysely<Database>, id: number): Promise<LetterDraft> {
  const row = Number.isSafeInteger(id) ? await findLetterDraft(db, id) : undefined;
  if (!row) throw new NotFound('error.letter.noSuchDraft', { id });
  return toDraft(row);
}

export async function listLetterDraftSummaries(db: Kysely<Database>) {
  return listLetterDrafts(db);
}

/** Saves edited texts; only the letter's own sections are kept. */
export async function saveLetterDraftSections(
  db: Kysely<Database>,
  id: number,
  version: number,
  edited: Readonly<Record<string, string>>,
  ctx: ChangeContext,
): Promise<LetterDraft> {
  if (!canWriteLetters(ctx.actor)) throw new Forbidden('error.letter.secretariatOnly');
  return inTransaction(db, async (trx) => {
    const before = await getLetterDraft(trx, id);
    const sections: Record<string, string> = { ...before.sections };
    for (const { key } of listSections(before.kind)) {
      const value = edited[key];
      if (typeof value === 'string') sections[key] = value.replace(/\r\n/g, '\n').trim();
    }
    const at = ctx.now.toISOString();
    const row = await updateLetterDraft(trx, id, version, {
      sections: JSON.stringify(sections),
      title: sections.subject?.trim() || before.title,
      updated_at: at,
      updated_by: ctx.actor.label,
    });
    if (!row) throw new Conflict('error.letter.draftChanged');
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'update', entity: 'letter_draft', entityId: id, before: before.sections, after: sections });
    return toDraft(row);
  });
}

export async function deleteLetterDraftById(db: Kysely<Database>, id: number, ctx: ChangeContext): Promise<void> {
  if (!canWriteLetters(ctx.actor)) throw new Forbidden('error.letter.secretariatOnly');
  await inTransaction(db, async (trx) => {
    const before = await getLetterDraft(trx, id);
    await deleteLetterDraft(trx, id);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'delete',
      entity: 'letter_draft',
      entityId: id,
      before: { kind: before.kind, title: before.title, sections: before.sections },
    });
  });
}

export function renderLetterDraft(draft: LetterDraft): LetterDocument {
  return composeLetter(draft.model, draft.sections, { caseNumber: draft.caseNumber, documentNumber: draft.documentNumber });
}

/** Sets the case and document numbers the letter is filed under; empty clears one. */
export async function saveLetterDraftFiling(
  db: Kysely<Database>,
  id: number,
  version: number,
  filing: { readonly caseNumber: string; readonly documentNumber: string },
  ctx: ChangeContext,
): Promise<LetterDraft> {
  if (!canWriteLetters(ctx.actor)) throw new Forbidden('error.letter.secretariatOnly');
  const caseNumber = filing.caseNumber.trim() || null;
  const documentNumber = filing.documentNumber.trim() || null;
  if ((caseNumber?.length ?? 0) > 60 || (documentNumber?.length ?? 0) > 60) throw new Invalid('error.letter.filingTooLong', { max: 60 });
  return inTransaction(db, async (trx) => {
    const before = await getLetterDraft(trx, id);
    const at = ctx.now.toISOString();
    const row = await updateLetterDraft(trx, id, version, {
      case_number: caseNumber,
      document_number: documentNumber,
      updated_at: at,
      updated_by: ctx.actor.label,
    });
    if (!row) throw new Conflict('error.letter.draftChanged');
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'letter_draft',
      entityId: id,
      before: { caseNumber: before.caseNumber, documentNumber: before.documentNumber },
      after: { caseNumber, documentNumber },
    });
    return toDraft(row);
  });
}

/**
 * Shares a challenge letter with the committee it is written to, or takes it
 * back. Only a challenge letter has one committee to share it with.
 */
export async function setLetterDraftShared(db: Kysely<Database>, id: number, version: number, shared: boolean, ctx: ChangeContext): Promise<LetterDraft> {
  if (!canWriteLetters(ctx.actor)) throw new Forbidden('error.letter.secretariatOnly');
  return inTransaction(db, async (trx) => {
    const before = await getLetterDraft(trx, id);
    if (before.kind !== 'challenge' || before.committeeId === null) throw new Invalid('error.letter.onlyChallengeShared');
    const at = ctx.now.toISOString();
    const row = await updateLetterDraft(trx, id, version, {
      shared_at: shared ? at : null,
      shared_by: shared ? ctx.actor.label : null,
      updated_at: at,
      updated_by: ctx.actor.label,
    });
    if (!row) throw new Conflict('error.letter.draftChanged');
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: shared ? 'share' : 'withdraw',
      entity: 'letter_draft',
      entityId: id,
      before: { sharedAt: before.sharedAt },
      after: { sharedAt: row.shared_at },
    });
    return toDraft(row);
  });
}

/** The challenge letters shared with a committee, newest first. */
export async function listLettersSharedWithCommittee(db: Kysely<Database>, committeeId: number) {
  const rows = await listSharedChallengeDrafts(db, committeeId);
  return rows.map((r) => ({ id: r.id, title: r.title, lang: r.lang, sharedAt: r.shared_at! }));
}
