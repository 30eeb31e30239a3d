// The challenge letter (udfordringsskrivelse) to one committee, with the
// committee's consultation catalogue as its annex.
import type { Block, LetterDocument } from './document.js';
import { heading, listOf, paragraph, paragraphsOf } from './document.js';
import { frameLetter, goalBlocks, prose } from './compose-parts.js';
import type { ChallengeModel, EconomyLine, LetterLang } from './view-models.js';
import { word } from './words.js';

/** The plan's budget as a table: one row per initiative, one column per year, totals last. */
function economyBlocks(planTitle: string, economy: EconomyLine, lang: LetterLang): Block[] {
  return [
    {
      kind: 'table',
      caption: planTitle,
      header: [word(lang, 'initiative'), ...economy.years, word(lang, 'total')],
      rows: [...economy.rows.map((r) => [r.initiative, ...r.amounts, r.total]), [word(lang, 'total'), ...economy.totals, economy.total]],
    },
  ];
}

export function composeChallengeLetter(model: ChallengeModel, texts: Readonly<Record<string, string>>): LetterDocument {
  const lang = model.context.lang;
  const list = (key: string): Block[] => {
    const block = texts[key] ? listOf(texts[key]) : null;
    return block ? [block] : [];
  };
  const body: Block[] = [
    ...prose(texts, 'intro'),
    ...prose(texts, 'overview'),
    heading(2, word(lang, 'goalsTable')),
    ...model.goals.flatMap((goal) => goalBlocks(goal, lang)),
    ...prose(texts, 'offCourseIntro'),
    ...list('offCourse'),
    ...prose(texts, 'onCourse'),
    ...prose(texts, 'sharedIntro'),
    ...list('shared'),
    ...prose(texts, 'deliveriesIntro'),
    ...list('deliveries'),
    ...prose(texts, 'noDeliveries'),
    ...prose(texts, 'planIntro'),
    ...list('reconsider'),
    ...prose(texts, 'planOnCourse'),
    ...prose(texts, 'noPlan'),
    ...prose(texts, 'economyNote'),
    ...prose(texts, 'closing'),
  ];
  const economy = model.plan?.economy ?? null;
  const catalogue: Block[] =
    model.catalogue.length === 0
      ? [paragraph(word(lang, 'catalogueEmpty'))]
      : model.catalogue.flatMap((section) => [
          heading(2, section.heading),
          ...section.entries.flatMap((entry) => [
            heading(3, entry.title),
            paragraph({ text: entry.origin, italic: true }),
            ...paragraphsOf(entry.body),
            paragraph({ text: `${word(lang, 'status')}: `, bold: true }, entry.status),
          ]),
        ]);
  return frameLetter(model.context, {
    recipients: [model.committee.name],
    subject: texts.subject ?? '',
    body,
    annexes: [
      { title: word(lang, 'catalogueAnnex'), blocks: catalogue },
      ...(economy && model.plan ? [{ title: word(lang, 'economyAnnex'), blocks: economyBlocks(model.plan.title, economy, lang) }] : []),
    ],
  });
}
