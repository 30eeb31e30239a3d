// Rendering a letter is a pure function: model and texts in, document out.
import { composeChallengeLetter } from './compose-challenge.js';
import { composeOrientationLetter } from './compose-orientation.js';
import { composeStatusReport } from './compose-report.js';
import type { LetterDocument } from './document.js';
import type { LetterModel } from './view-models.js';

export function composeLetter(model: LetterModel, texts: Readonly<Record<string, string>>): LetterDocument {
  switch (model.kind) {
    case 'orientation':
      return composeOrientationLetter(model, texts);
    case 'challenge':
      return composeChallengeLetter(model, texts);
    case 'report':
      return composeStatusReport(model, texts);
  }
}
