// The editable wording of the challenge letter (udfordringsskrivelse) to one
// committee: its goals and how they stand, where it is off course, whom it
// shares goals with, and what the cycle asks it to deliver and by when.
import type { DefaultTemplates, SectionSpec } from './section-spec.js';
import type { ChallengeModel, GoalLine, IndicatorLine, LetterLang } from './view-models.js';
import { colourWord, joinNames, longDate } from './words.js';

const indicatorsOf = (m: ChallengeModel): { goal: GoalLine; indicator: IndicatorLine }[] =>
  m.goals.flatMap((goal) => goal.indicators.map((indicator) => ({ goal, indicator })));
const offCourse = (m: ChallengeModel) =>
  indicatorsOf(m).filter(({ indicator }) => indicator.colour === 'red' || indicator.colour === 'orange' || indicator.colour === 'yellow');
const partners = (m: ChallengeModel, goal: GoalLine) => goal.committees.filter((c) => c.code !== m.committee.code);
const goalName = (goal: GoalLine, lang: LetterLang) => `${lang === 'da' ? 'Mål' : 'Goal'} ${goal.number} (${goal.title})`;

function common(m: ChallengeModel): Record<string, string> {
  return { committee: m.committee.name, policy: m.context.policyTitle, barometer: m.context.barometerName, release: m.context.release.title };
}
const withAddress = (m: ChallengeModel) => ({ ...common(m), address: m.context.barometerAddress ?? m.context.barometerName });
const planValues = (m: ChallengeModel) => ({ committee: m.committee.name, plan: m.plan?.title ?? '', planYear: String(m.plan?.year ?? '') });
const hasPlan = (m: ChallengeModel) => m.plan !== undefined && m.plan !== null;
const reconsider = (m: ChallengeModel) => m.plan?.reconsider ?? [];

export const CHALLENGE_SECTIONS: readonly SectionSpec<ChallengeModel>[] = [
  { key: 'subject', form: 'line', placeholders: ['committee', 'policy', 'barometer', 'release'], values: common },
  { key: 'intro', form: 'paragraphs', placeholders: ['committee', 'policy', 'barometer', 'release'], values: common },
  {
    key: 'overview',
    form: 'paragraphs',
    placeholders: ['committee', 'goalCount', 'goals', 'status', 'verdict', 'distribution'],
    values: (m, lang) => ({
      committee: m.committee.name,
      goalCount: String(m.goals.length),
      goals: joinNames(
        m.goals
          .map((g) => g.number)
          .sort((a, b) => a - b)
          .map(String),
        lang,
      ),
      status: colourWord(m.colour, lang),
      verdict: m.verdict ?? colourWord(m.colour, lang),
      distribution: m.distribution ?? '',
    }),
  },
  { key: 'offCourseIntro', form: 'paragraphs', placeholders: ['committee'], values: common, applies: (m) => offCourse(m).length > 0 },
  {
    key: 'offCourse',
    form: 'list',
    placeholders: ['goal', 'indicator', 'status', 'change'],
    applies: (m) => offCourse(m).length > 0,
    items: (m, lang) =>
      offCourse(m).map(({ goal, indicator }) => ({
        goal: goalName(goal, lang),
        indicator: indicator.title,
        status: indicator.status,
        change: indicator.changeSinceBaseline ?? '–',
      })),
  },
  { key: 'onCourse', form: 'paragraphs', placeholders: ['committee'], values: common, applies: (m) => offCourse(m).length === 0 },
  { key: 'sharedIntro', form: 'paragraphs', placeholders: ['committee'], values: common, applies: (m) => m.goals.some((g) => partners(m, g).length > 0) },
  {
    key: 'shared',
    form: 'list',
    placeholders: ['goal', 'committees'],
    applies: (m) => m.goals.some((g) => partners(m, g).length > 0),
    items: (m, lang) =>
      m.goals
        .filter((g) => partners(m, g).length > 0)
        .map((g) => ({
          goal: goalName(g, lang),
          committees: joinNames(
            partners(m, g).map((c) => c.name),
            lang,
          ),
        })),
  },
  { key: 'deliveriesIntro', form: 'paragraphs', placeholders: ['committee'], values: common, applies: (m) => m.deliveries.length > 0 },
  {
    key: 'deliveries',
    form: 'list',
    placeholders: ['title', 'date'],
    applies: (m) => m.deliveries.length > 0,
    items: (m, lang) => m.deliveries.map((d) => ({ title: d.title, date: longDate(d.date, lang) })),
  },
  { key: 'noDeliveries', form: 'paragraphs', placeholders: ['committee'], values: common, applies: (m) => m.deliveries.length === 0 },
  { key: 'planIntro', form: 'paragraphs', placeholders: ['committee', 'plan', 'planYear'], values: planValues, applies: (m) => reconsider(m).length > 0 },
  {
    key: 'reconsider',
    form: 'list',
    placeholders: ['initiative', 'indicator', 'status', 'resultTarget'],
    applies: (m) => reconsider(m).length > 0,
    items: (m) => reconsider(m).map((r) => ({ initiative: r.initiative, indicator: r.indicator, status: r.status, resultTarget: r.resultTarget })),
  },
  {
    key: 'planOnCourse',
    form: 'paragraphs',
    placeholders: ['committee', 'plan', 'planYear'],
    values: planValues,
    applies: (m) => hasPlan(m) && reconsider(m).length === 0,
  },
  { key: 'noPlan', form: 'paragraphs', placeholders: ['committee'], values: common, applies: (m) => m.plan === null },
  {
    key: 'economyNote',
    form: 'paragraphs',
    placeholders: ['committee', 'plan', 'planYear'],
    values: planValues,
    applies: (m) => (m.plan?.economy ?? null) !== null,
  },
  { key: 'closing', form: 'paragraphs', placeholders: ['committee', 'policy', 'barometer', 'release', 'address'], values: withAddress },
];

export const CHALLENGE_TEMPLATES: DefaultTemplates = {
  da: {
    subject: 'Udfordringsskrivelse til {{committee}}',
    intro:
      'Som en fast del af årshjulet for {{policy}} får hvert udvalg en udfordringsskrivelse. Den giver et billede af, hvor udvalgets mål står efter {{release}}, og er et input til udvalgets redegørelse og budgetarbejde.',
    overview:
      '{{committee}} har ansvar for {{goalCount}} af politikkens mål (mål {{goals}}). Samlet er status for de mål, udvalget leder, {{status}} – {{verdict}}: {{distribution}}.',
    offCourseIntro: 'Her kommer udviklingen ikke nok i den rigtige retning:',
    offCourse: '{{goal}}: {{indicator}} – {{status}} ({{change}} siden startmålingen)',
    onCourse: 'Ingen af indikatorerne for udvalgets mål står stille eller går tilbage.',
    sharedIntro: 'Udvalget deler disse mål med andre udvalg, og indsatserne bør aftales på tværs:',
    shared: '{{goal}}: {{committees}}',
    deliveriesIntro: 'I årets løb beder vi udvalget om at levere:',
    deliveries: '{{title}} senest {{date}}',
    noDeliveries: 'Årshjulet har i øjeblikket ingen frister for udvalget.',
    planIntro:
      'Udvalgets handleplan ({{plan}}) har indsatser, der skal flytte indikatorer, som står stille eller går tilbage. Vi foreslår, at udvalget genovervejer disse dele af planen:',
    reconsider: '{{initiative}} – {{indicator}}: {{status}}. Resultatmålet er: {{resultTarget}}',
    planOnCourse: 'Ingen af indsatserne i udvalgets handleplan ({{plan}}) er knyttet til indikatorer, der står stille eller går tilbage.',
    noPlan: 'Sekretariatet har ikke en handleplan fra udvalget. Vi beder udvalget sende en, så indsatserne kan følges.',
    economyNote: 'Handleplanens økonomi pr. indsats og år er vedlagt som bilag.',
    closing: 'Vi ser frem til udvalgets redegørelse og til at drøfte, hvordan målene bedst nås. Alle tal og forklaringer findes på {{address}}.',
  },
  en: {
    subject: 'Challenge letter to the {{committee}}',
    intro:
      "As a fixed part of the annual cycle of {{policy}}, each committee receives a challenge letter. It shows where the committee's goals stand after {{release}} and feeds into the committee's status statement and budget work.",
    overview:
      "The {{committee}} answers for {{goalCount}} of the policy's goals (goal {{goals}}). Taken together, the status of the goals it leads is {{status}} – {{verdict}}: {{distribution}}.",
    offCourseIntro: 'Here development is not moving far enough in the right direction:',
    offCourse: '{{goal}}: {{indicator}} – {{status}} ({{change}} since the baseline)',
    onCourse: "None of the indicators of the committee's goals stands still or goes back.",
    sharedIntro: 'The committee shares these goals with other committees, and the work should be agreed across them:',
    shared: '{{goal}}: {{committees}}',
    deliveriesIntro: 'During the year we ask the committee to deliver:',
    deliveries: '{{title}} by {{date}}',
    noDeliveries: 'The annual cycle currently has no deadlines for the committee.',
    planIntro:
      "The committee's action plan ({{plan}}) has initiatives meant to move indicators that stand still or go back. We suggest that the committee reconsiders these parts of the plan:",
    reconsider: '{{initiative}} – {{indicator}}: {{status}}. The result target is: {{resultTarget}}',
    planOnCourse: "None of the initiatives in the committee's action plan ({{plan}}) is tied to an indicator that stands still or goes back.",
    noPlan: 'The secretariat has no action plan from the committee. We ask the committee to send one, so that its initiatives can be followed.',
    economyNote: "The action plan's budget per initiative and year is attached as an annex.",
    closing:
      "We look forward to the committee's status statement and to discussing how the goals are best reached. Every figure and explanation is on {{address}}.",
  },
};
