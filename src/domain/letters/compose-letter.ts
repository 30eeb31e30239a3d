// Rendering a letter is a pure function: model and texts in, document out.
import { composeChallengeLetter } from './compose-challenge.js';
import { composeOrientationLetter } from './compose-orientation.js';
import { composeStatusReport } from './compose-report.js';
import { composeRedTwiceLetter } from './compose-red-twice.js';
import type { LetterDocument } from './document.js';
import type { LetterKind, LetterModel } from './view-models.js';
import { word } from './words.js';

/** Where a letter is filed: its case and document numbers, as a Danish municipal letter carries them. */
export interface LetterFiling {
  readonly caseNumber?: string | null;
  readonly documentNumber?: string | null;
}

function composeBody(model: LetterModel, texts: Readonly<Record<string, string>>): LetterDocument {
  switch (model.kind) {
    case 'orientation':
      return composeOrientationLetter(model, texts);
    case 'challenge':
      return composeChallengeLetter(model, texts);
    case 'report':
      return composeStatusReport(model, texts);
    case 'red_twice':
      return composeRedTwiceLetter(model, texts);
  }
}

export function composeLetter(model: LetterModel, texts: Readonly<Record<string, string>>, filing: LetterFiling = {}): LetterDocument {
  const letter = composeBody(model, texts);
  const lang = model.context.lang;
  const references = [
    ...(filing.caseNumber ? [{ label: word(lang, 'caseNumber'), value: filing.caseNumber }] : []),
    ...(filing.documentNumber ? [{ label: word(lang, 'documentNumber'), value: filing.documentNumber }] : []),
  ];
  return { ...letter, references };
}

/** True for the kinds written to one committee (and shared with it). */
export function isToOneCommittee(kind: LetterKind): boolean {
  return kind === 'challenge' || kind === 'red_twice';
}
