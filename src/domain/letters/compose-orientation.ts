// The orientation letter to every committee when a release is published,
// with two annexes: a summary note and a review per focus area.
import type { Block, LetterDocument } from './document.js';
import { listOf } from './document.js';
import { areaHeading, areaSummaryTable, frameLetter, goalBlocks, prose } from './compose-parts.js';
import type { OrientationModel } from './view-models.js';
import { word } from './words.js';

export function composeOrientationLetter(model: OrientationModel, texts: Readonly<Record<string, string>>): LetterDocument {
  const lang = model.context.lang;
  const list = (key: string): Block[] => {
    const block = texts[key] ? listOf(texts[key]) : null;
    return block ? [block] : [];
  };
  const body: Block[] = [
    ...prose(texts, 'completeness'),
    ...prose(texts, 'missingIntro'),
    ...list('missing'),
    ...prose(texts, 'judgement'),
    ...prose(texts, 'clearest'),
    ...prose(texts, 'stalling'),
    ...prose(texts, 'changesIntro'),
    ...list('changes'),
    ...prose(texts, 'deadlinesIntro'),
    ...list('deadlines'),
    ...prose(texts, 'closing'),
  ];
  const summary: Block[] = [...prose(texts, 'summaryNote'), areaSummaryTable(model.areas, lang)];
  const review: Block[] = [
    ...prose(texts, 'areaReviewIntro'),
    ...model.areas.flatMap((area) => [...areaHeading(area, lang), ...area.goals.flatMap((goal) => goalBlocks(goal, lang))]),
  ];
  return frameLetter(model.context, {
    recipients: model.recipients,
    subject: texts.subject ?? '',
    body,
    annexes: [
      { title: word(lang, 'summaryAnnex'), blocks: summary },
      { title: word(lang, 'reviewAnnex'), blocks: review },
    ],
  });
}
