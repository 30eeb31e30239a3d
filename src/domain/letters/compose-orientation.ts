// The orientation letter to every committee when a release is published,
// with two annexes: a summary note and a review per focus area.
import type { Block, LetterDocument } from './document.js';
import { heading, listOf, paragraph, text } from './document.js';
import { areaHeading, areaSummaryTable, frameLetter, goalBlocks, prose } from './compose-parts.js';
import type { AreaLine, OrientationModel } from './view-models.js';
import { word } from './words.js';

/** Per focus area, which indicators went forward and which went back. */
function movementBlocks(area: AreaLine, lang: OrientationModel['context']['lang']): Block[] {
  const indicators = area.goals.flatMap((g) => g.indicators);
  const titles = (colour: string) => indicators.filter((i) => i.colour === colour).map((i) => i.title);
  const items = [
    ...(titles('green').length > 0 ? [[text(`${word(lang, 'progressIn')}: `), text(titles('green').join('; '))]] : []),
    ...(titles('red').length > 0 ? [[text(`${word(lang, 'regressIn')}: `), text(titles('red').join('; '))]] : []),
  ];
  return [
    heading(2, `${word(lang, 'focusArea')} ${area.number}: ${area.title}`),
    items.length > 0 ? { kind: 'list', items } : paragraph(word(lang, 'noneMoved')),
  ];
}

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
  const summary: Block[] = [...prose(texts, 'summaryNote'), areaSummaryTable(model.areas, lang), ...model.areas.flatMap((area) => movementBlocks(area, lang))];
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
