// The editable wording of the annual status report to the City Council: an
// introduction, the overall judgement, a sentence per focus area, a note for
// a committee that has not answered, and the secretariat's recommendations.
import type { DefaultTemplates, SectionSpec } from './section-spec.js';
import type { ReportModel } from './view-models.js';
import { colourWord, joinNames } from './words.js';

const allIndicators = (m: ReportModel) => m.areas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
const lagging = (m: ReportModel) => m.areas.flatMap((a) => a.goals).filter((g) => g.colour === 'red' || g.colour === 'yellow' || g.colour === 'orange');

function common(m: ReportModel): Record<string, string> {
  return { policy: m.context.policyTitle, barometer: m.context.barometerName, release: m.context.release.title, year: String(m.year), municipality: m.context.municipalityName };
}

export const REPORT_SECTIONS: readonly SectionSpec<ReportModel>[] = [
  { key: 'subject', form: 'line', placeholders: ['policy', 'barometer', 'release', 'year', 'municipality'], values: common },
  { key: 'intro', form: 'paragraphs', placeholders: ['policy', 'barometer', 'release', 'year', 'municipality'], values: common },
  {
    key: 'judgement',
    form: 'paragraphs',
    placeholders: ['policy', 'overallStatus', 'total', 'green', 'yellow', 'red', 'grey'],
    values: (m, lang) => {
      const all = allIndicators(m);
      const count = (colours: readonly string[]) => String(all.filter((i) => colours.includes(i.colour)).length);
      return { policy: m.context.policyTitle, total: String(all.length), overallStatus: colourWord(m.overall.colour, lang), green: count(['green']), yellow: count(['yellow', 'orange']), red: count(['red']), grey: count(['grey']) };
    },
  },
  {
    key: 'areaStatus',
    form: 'list',
    placeholders: ['areaNumber', 'areaTitle', 'status', 'green', 'red'],
    items: (m, lang) =>
      m.areas.map((a) => ({ areaNumber: String(a.number), areaTitle: a.title, status: colourWord(a.colour, lang), green: String(a.counts.green), red: String(a.counts.red) })),
  },
  { key: 'statementsIntro', form: 'paragraphs', placeholders: ['year'], values: common, applies: (m) => m.statements.length > 0 },
  { key: 'noStatements', form: 'paragraphs', placeholders: ['year'], values: common, applies: (m) => m.statements.length === 0 },
  {
    key: 'recommendations',
    form: 'paragraphs',
    placeholders: ['policy', 'year', 'laggingGoals'],
    values: (m, lang) => ({ ...common(m), laggingGoals: joinNames(lagging(m).map((g) => `${g.number} (${g.title})`), lang) || '–' }),
  },
];

export const REPORT_TEMPLATES: DefaultTemplates = {
  da: {
    subject: 'Årlig status {{year}} for {{policy}}',
    intro:
      'Borgerrepræsentationen får hvert år en status for arbejdet med {{policy}}. Denne status bygger på de seneste tal på {{barometer}} ({{release}}) og på udvalgenes redegørelser for {{year}}.',
    judgement:
      'Samlet er status for {{policy}} {{overallStatus}}. Af de {{total}} indikatorer viser {{green}} fremgang siden startmålingen, {{yellow}} er uændrede eller går for langsomt, {{red}} viser tilbagegang, og {{grey}} kan endnu ikke vurderes.',
    areaStatus: 'Indsatsområde {{areaNumber}} ({{areaTitle}}): {{status}}. Indikatorer i fremgang: {{green}}, i tilbagegang: {{red}}.',
    statementsIntro: 'Under hvert mål følger redegørelserne for {{year}} fra de udvalg, der har ansvaret for det.',
    noStatements: 'Årshjulet for {{year}} har ingen redegørelser fra udvalgene.',
    recommendations:
      'Sekretariatet anbefaler, at udvalgene i budgetarbejdet prioriterer de mål, hvor udviklingen står stille eller går tilbage: mål {{laggingGoals}}.\n\nSekretariatet anbefaler også, at udvalg, der deler et mål, aftaler deres indsatser med hinanden, så de trækker i samme retning.',
  },
  en: {
    subject: 'Annual status {{year}} of {{policy}}',
    intro:
      'Each year the City Council receives a status of the work on {{policy}}. This status builds on the latest figures on {{barometer}} ({{release}}) and on the committees\' status statements for {{year}}.',
    judgement:
      'Overall, the status of {{policy}} is {{overallStatus}}. Of the {{total}} indicators, progress since the baseline: {{green}}; unchanged or too slow: {{yellow}}; regress: {{red}}; not yet judged: {{grey}}.',
    areaStatus: 'Focus area {{areaNumber}} ({{areaTitle}}): {{status}}. Indicators in progress: {{green}}, in regress: {{red}}.',
    statementsIntro: 'Under each goal follow the {{year}} status statements of the committees responsible for it.',
    noStatements: 'The annual cycle of {{year}} holds no status statements from the committees.',
    recommendations:
      'The secretariat recommends that the committees give priority in their budget work to the goals where development stands still or goes back: goal {{laggingGoals}}.\n\nThe secretariat also recommends that committees sharing a goal agree their work with each other, so that it pulls in one direction.',
  },
};
