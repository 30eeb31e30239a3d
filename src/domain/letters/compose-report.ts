// The annual status report to the City Council: the overall judgement, then
// per focus area and goal the figures and the status statements of the
// committees responsible, and last the secretariat's recommendations. Each
// committee's statement is shown once, under the first goal it leads (or
// shares, when it leads none), so the report never repeats one.
import type { Block, LetterDocument } from './document.js';
import { heading, listOf, paragraph, paragraphsOf } from './document.js';
import { areaHeading, frameLetter, goalBlocks, prose } from './compose-parts.js';
import type { GoalLine, ReportModel, StatementLine } from './view-models.js';
import { longDate, word } from './words.js';

function placeStatements(model: ReportModel): Map<number, StatementLine[]> {
  const goals = model.areas.flatMap((a) => a.goals);
  const placed = new Map<number, StatementLine[]>();
  for (const statement of model.statements) {
    const code = statement.committee.code;
    const home =
      goals.find((g) => g.committees.some((c) => c.code === code && c.role === 'lead')) ?? goals.find((g) => g.committees.some((c) => c.code === code));
    if (!home) continue;
    placed.set(home.number, [...(placed.get(home.number) ?? []), statement]);
  }
  return placed;
}

function statementBlocks(statement: StatementLine, lang: ReportModel['context']['lang']): Block[] {
  const title = heading(3, `${statement.committee.name}`);
  if (!statement.submitted) return [title, paragraph({ text: `${word(lang, 'noStatement')} (${statement.state}).`, italic: true })];
  return [
    title,
    ...(statement.submittedAt ? [paragraph({ text: `${word(lang, 'submittedOn')} ${longDate(statement.submittedAt.slice(0, 10), lang)}`, italic: true })] : []),
    ...statement.fields.filter((f) => f.text.trim() !== '').flatMap((f) => [paragraph({ text: f.label, bold: true }), ...paragraphsOf(f.text)]),
  ];
}

export function composeStatusReport(model: ReportModel, texts: Readonly<Record<string, string>>): LetterDocument {
  const lang = model.context.lang;
  const placed = placeStatements(model);
  const goalWithStatements = (goal: GoalLine): Block[] => [
    ...goalBlocks(goal, lang),
    ...(placed.get(goal.number) ?? []).flatMap((s) => statementBlocks(s, lang)),
  ];
  const areaList = texts.areaStatus ? listOf(texts.areaStatus) : null;
  const body: Block[] = [
    ...prose(texts, 'intro'),
    ...prose(texts, 'judgement'),
    ...(areaList ? [areaList] : []),
    ...prose(texts, 'statementsIntro'),
    ...prose(texts, 'noStatements'),
    ...model.areas.flatMap((area) => [...areaHeading(area, lang), ...area.goals.flatMap(goalWithStatements)]),
    heading(2, word(lang, 'recommendations')),
    ...prose(texts, 'recommendations'),
  ];
  return frameLetter(model.context, { recipients: [word(lang, 'cityCouncil')], subject: texts.subject ?? '', body, annexes: [] });
}
