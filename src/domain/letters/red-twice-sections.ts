// The editable wording of the letter to a committee about a co-funded
// project that its quarterly monitoring rated red two quarters in a row:
// what the project is, which quarters were red and why, what was done after
// the first red rating, and what the committee is asked to decide by when.
import type { DefaultTemplates, SectionSpec } from './section-spec.js';
import type { RatingLine, RedTwiceModel } from './view-models.js';
import { joinNames, longDate } from './words.js';

const reds = (m: RedTwiceModel): RatingLine[] => m.ratings.filter((r) => m.redQuarters.includes(r.quarter));
const stepsTaken = (m: RedTwiceModel): RatingLine[] => m.ratings.filter((r) => r.colour !== 'green' && r.followUp !== null);

function common(m: RedTwiceModel, lang: RedTwiceModel['context']['lang']): Record<string, string> {
  return {
    committee: m.committee.name,
    project: m.project.title,
    owner: m.project.owner,
    cofunding: m.project.cofunding,
    quarters: joinNames(m.redQuarters, lang),
    answerBy: longDate(m.answerBy, lang),
    address: m.context.barometerAddress ?? m.context.barometerName,
  };
}
const PLACEHOLDERS = ['committee', 'project', 'owner', 'cofunding', 'quarters', 'answerBy', 'address'];

export const RED_TWICE_SECTIONS: readonly SectionSpec<RedTwiceModel>[] = [
  { key: 'subject', form: 'line', placeholders: PLACEHOLDERS, values: common },
  { key: 'intro', form: 'paragraphs', placeholders: PLACEHOLDERS, values: common },
  { key: 'redIntro', form: 'paragraphs', placeholders: PLACEHOLDERS, values: common },
  {
    key: 'reds',
    form: 'list',
    placeholders: ['quarter', 'comment'],
    items: (m) => reds(m).map((r) => ({ quarter: r.quarter, comment: r.comment })),
  },
  { key: 'stepsIntro', form: 'paragraphs', placeholders: PLACEHOLDERS, values: common, applies: (m) => stepsTaken(m).length > 0 },
  {
    key: 'steps',
    form: 'list',
    placeholders: ['quarter', 'rating', 'followUp'],
    applies: (m) => stepsTaken(m).length > 0,
    items: (m) => stepsTaken(m).map((r) => ({ quarter: r.quarter, rating: r.rating.charAt(0).toLowerCase() + r.rating.slice(1), followUp: r.followUp ?? '' })),
  },
  { key: 'request', form: 'paragraphs', placeholders: PLACEHOLDERS, values: common },
  { key: 'closing', form: 'paragraphs', placeholders: PLACEHOLDERS, values: common },
];

export const RED_TWICE_TEMPLATES: DefaultTemplates = {
  da: {
    subject: '{{project}}: rød status to kvartaler i træk',
    intro:
      '{{committee}} er ansvarligt udvalg for projektet {{project}}, som {{owner}} driver med {{cofunding}} i kommunal medfinansiering. Projekter med så stor kommunal medfinansiering følges hvert kvartal. Vurderes et projekt rødt to kvartaler i træk, skriver sekretariatet til det ansvarlige udvalg.',
    redIntro: 'Projektet er vurderet rødt i {{quarters}}. Projektet begrundede det sådan:',
    reds: '{{quarter}}: {{comment}}',
    stepsIntro: 'Undervejs er der fulgt op på vurderingerne:',
    steps: '{{quarter}} ({{rating}}): {{followUp}}',
    request:
      'Vi beder udvalget om at tage stilling til, om projektet skal fortsætte med en ændret plan, have hjælp til at komme på ret køl eller afsluttes før tid, og at give sekretariatet besked om beslutningen senest {{answerBy}}.',
    closing: 'Bilaget viser alle projektets kvartalsvise vurderinger og status for de mål, projektet skal bidrage til. Målenes tal findes på {{address}}.',
  },
  en: {
    subject: '{{project}}: rated red two quarters in a row',
    intro:
      'The {{committee}} is the committee responsible for the project {{project}}, which {{owner}} runs with {{cofunding}} of municipal co-funding. Projects with this much municipal co-funding are followed every quarter. When a project is rated red two quarters in a row, the secretariat writes to the committee responsible.',
    redIntro: 'The project was rated red in {{quarters}}. The project gave these reasons:',
    reds: '{{quarter}}: {{comment}}',
    stepsIntro: 'The ratings have been followed up along the way:',
    steps: '{{quarter}} ({{rating}}): {{followUp}}',
    request:
      'We ask the committee to decide whether the project should continue with a changed plan, get help to get back on course, or end early, and to tell the secretariat its decision by {{answerBy}}.',
    closing: "The annex shows every quarterly rating of the project and the status of the goals it is to contribute to. The goals' figures are on {{address}}.",
  },
};
