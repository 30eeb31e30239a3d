// Pieces every letter shares: the frame around the body (sender, date,
// recipients, subject, closing) and the tables of goals and indicators that
// the orientation letter's review, the challenge letter and the report show.
import type { Annex, Block, LetterDocument } from './document.js';
import { heading, paragraph, paragraphsOf } from './document.js';
import type { AreaLine, GoalLine, LetterContext } from './view-models.js';
import { joinNames, longDate, verdictShort, verdictText, word } from './words.js';

export interface FrameParts {
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly body: readonly Block[];
  readonly annexes: readonly Omit<Annex, 'label'>[];
}

export function frameLetter(context: LetterContext, parts: FrameParts): LetterDocument {
  const lang = context.lang;
  return {
    lang,
    title: parts.subject,
    sender: context.sender,
    recipientsLabel: word(lang, 'to'),
    recipients: parts.recipients,
    date: longDate(context.date, lang),
    dateLabel: word(lang, 'date'),
    contactLabels: { phone: word(lang, 'phone'), email: word(lang, 'email') },
    references: [],
    subject: parts.subject,
    body: parts.body,
    greeting: word(lang, 'greeting'),
    annexesLabel: word(lang, 'annexes'),
    annexes: parts.annexes.map((annex, index) => ({ ...annex, label: `${word(lang, 'annex')} ${index + 1}` })),
  };
}

/** The text of a section, as paragraphs; nothing when the draft has none. */
export function prose(texts: Readonly<Record<string, string>>, key: string): Block[] {
  const value = texts[key];
  return value ? paragraphsOf(value) : [];
}

function indicatorTable(goal: GoalLine, lang: LetterContext['lang']): Block {
  const w = (key: Parameters<typeof word>[1]) => word(lang, key);
  return {
    kind: 'table',
    caption: w('indicators'),
    header: [w('indicator'), w('latest'), w('baseline'), w('sinceBaseline'), w('status')],
    rows: goal.indicators.map((i) => [
      i.isMain ? `${i.title} (${w('mainIndicator')})` : i.title,
      i.latest ?? w('none'),
      i.baseline ?? w('none'),
      i.changeSinceBaseline ?? w('none'),
      { text: i.status, marker: i.colour },
    ]),
  };
}

function committeesLine(goal: GoalLine, lang: LetterContext['lang']): Block {
  const names = goal.committees.map((c) => (c.role === 'lead' ? c.name : `${c.name} (${word(lang, 'shared')})`));
  return paragraph({ text: `${word(lang, 'committees')}: `, bold: true }, names.length > 0 ? joinNames(names, lang) : word(lang, 'none'));
}

export function goalBlocks(goal: GoalLine, lang: LetterContext['lang']): Block[] {
  return [
    heading(3, `${word(lang, 'goal')} ${goal.number}: ${goal.title}`),
    paragraph({ text: `${word(lang, 'status')}: `, bold: true }, { text: verdictText(goal, lang), marker: goal.colour }),
    committeesLine(goal, lang),
    indicatorTable(goal, lang),
  ];
}

export function areaHeading(area: AreaLine, lang: LetterContext['lang']): Block[] {
  return [
    heading(2, `${word(lang, 'focusArea')} ${area.number}: ${area.title}`),
    paragraph({ text: `${word(lang, 'status')}: `, bold: true }, { text: verdictText(area, lang), marker: area.colour }),
  ];
}

export function areaSummaryTable(areas: readonly AreaLine[], lang: LetterContext['lang']): Block {
  const w = (key: Parameters<typeof word>[1]) => word(lang, key);
  return {
    kind: 'table',
    caption: w('summaryAnnex'),
    header: [w('focusArea'), w('status'), w('green'), w('yellowOrange'), w('red'), w('grey')],
    rows: areas.map((a) => [
      `${a.number}. ${a.title}`,
      { text: verdictShort(a, lang), marker: a.colour },
      String(a.counts.green),
      String(a.counts.yellow + a.counts.orange),
      String(a.counts.red),
      String(a.counts.grey),
    ]),
  };
}
