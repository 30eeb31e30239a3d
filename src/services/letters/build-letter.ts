// A letter straight from the data: its model, and the texts its templates
// give for that model. Drafts start here; the command line exports it as is.
import type { Kysely } from 'kysely';
import { composeLetter } from '../../domain/letters/compose-letter.js';
import type { LetterFiling } from '../../domain/letters/compose-letter.js';
import type { LetterDocument } from '../../domain/letters/document.js';
import { generateSectionTexts } from '../../domain/letters/letter-sections.js';
import type { LetterKind, LetterModel } from '../../domain/letters/view-models.js';
import type { Database } from '../../db/tables.js';
import { Invalid } from '../errors.js';
import { buildChallengeModel } from './challenge-model.js';
import type { LetterRequest } from './letter-context.js';
import { loadTemplateSource } from './letter-templates.js';
import { buildOrientationModel } from './orientation-model.js';
import { buildRedTwiceModel } from './red-twice-model.js';
import { buildReportModel } from './report-model.js';

export interface LetterOrder extends LetterRequest {
  readonly kind: LetterKind;
  /** Required for the challenge letter. */
  readonly committeeCode?: string | undefined;
  /** Required for the red-twice letter: the project it is about. */
  readonly projectId?: number | undefined;
  /** The challenge letter carries the committee's economic overview as an annex. */
  readonly withEconomy?: boolean | undefined;
  /** Case and document numbers, for a letter exported without a draft. */
  readonly filing?: LetterFiling | undefined;
}

export async function buildLetterModel(db: Kysely<Database>, order: LetterOrder): Promise<LetterModel> {
  switch (order.kind) {
    case 'orientation':
      return buildOrientationModel(db, order);
    case 'challenge':
      if (!order.committeeCode) throw new Invalid('error.letter.challengeNeedsCommittee');
      return buildChallengeModel(db, { ...order, committeeCode: order.committeeCode, withEconomy: order.withEconomy });
    case 'report':
      return buildReportModel(db, order);
    case 'red_twice':
      if (order.projectId === undefined) throw new Invalid('error.letter.redTwiceNeedsProject');
      return buildRedTwiceModel(db, { ...order, projectId: order.projectId });
  }
}

export async function buildLetterDraftTexts(db: Kysely<Database>, model: LetterModel): Promise<Record<string, string>> {
  return generateSectionTexts(model, await loadTemplateSource(db, model.kind, model.context.lang));
}

export async function buildLetterDocument(db: Kysely<Database>, order: LetterOrder): Promise<LetterDocument> {
  const model = await buildLetterModel(db, order);
  return composeLetter(model, await buildLetterDraftTexts(db, model), order.filing);
}
