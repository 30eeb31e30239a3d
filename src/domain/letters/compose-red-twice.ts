// The red-twice letter to the committee responsible for a project: the
// project's facts and the wording in the body, and as its annex the
// project's quarterly ratings with their markers and the goals it serves.
import type { Block, LetterDocument } from './document.js';
import { heading, listOf, paragraph } from './document.js';
import { frameLetter, goalBlocks, prose } from './compose-parts.js';
import type { RedTwiceModel } from './view-models.js';
import { word } from './words.js';

export function composeRedTwiceLetter(model: RedTwiceModel, texts: Readonly<Record<string, string>>): LetterDocument {
  const lang = model.context.lang;
  const w = (key: Parameters<typeof word>[1]) => word(lang, key);
  const list = (key: string): Block[] => {
    const block = texts[key] ? listOf(texts[key]) : null;
    return block ? [block] : [];
  };
  const fact = (label: string, value: string | null): Block[] => (value ? [paragraph({ text: `${label}: `, bold: true }, value)] : []);
  const project = model.project;
  const body: Block[] = [
    ...prose(texts, 'intro'),
    heading(2, w('projectFacts')),
    ...fact(w('reference'), project.reference),
    ...fact(w('owner'), project.owner),
    ...fact(w('period'), project.period),
    ...fact(w('cofunding'), project.cofunding),
    ...fact(w('contact'), project.contact),
    ...prose(texts, 'redIntro'),
    ...list('reds'),
    ...prose(texts, 'stepsIntro'),
    ...list('steps'),
    ...prose(texts, 'request'),
    ...prose(texts, 'closing'),
  ];
  const ratings: Block = {
    kind: 'table',
    caption: w('ratingsTable'),
    header: [w('quarter'), w('rating'), w('comment'), w('followUp')],
    rows: model.ratings.map((r) => [r.quarter, { text: r.rating, marker: r.colour }, r.comment, r.followUp ?? w('none')]),
  };
  const annex: Block[] = [
    ratings,
    ...(model.goals.length > 0 ? [heading(2, w('projectGoals')), ...model.goals.flatMap((goal) => goalBlocks(goal, lang))] : []),
  ];
  return frameLetter(model.context, {
    recipients: [model.committee.name],
    subject: texts.subject ?? '',
    body,
    annexes: [{ title: w('ratingsTable'), blocks: annex }],
  });
}
