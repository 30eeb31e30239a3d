// The editable wording of the annual status report to the City Council: an
// introduction, the overall judgement, a sentence per focus area, a note for
// a committee that has not answered, and the secretariat's recommendations.
import type { DefaultTemplates, SectionSpec } from './section-spec.js';
import type { ReportModel } from './view-models.js';
import { joinNames, verdictShort } from './words.js';
import { overallValues } from './overall-values.js';

const allIndicators = (m: ReportModel) => m.areas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
const lagging = (m: ReportModel) => m.areas.flatMap((a) => a.goals).filter((g) => g.colour === 'red' || g.colour === 'yellow' || g.colour === 'orange');

function common(m: ReportModel): Record<string, string> {
  return {
    policy: m.context.policyTitle,
    barometer: m.context.barometerName,
    release: m.context.release.title,
    year: String(m.year),
    municipality: m.context.municipalityName,
  };
}

export const REPORT_SECTIONS: readonly SectionSpec<ReportModel>[] = [
  { key: 'subject', form: 'line', placeholders: ['policy', 'barometer', 'release', 'year', 'municipality'], values: common },
  { key: 'intro', form: 'paragraphs', placeholders: ['policy', 'barometer', 'release', 'year', 'municipality'], values: common },
  {
    key: 'judgement',
    form: 'paragraphs',
    placeholders: ['policy', 'overallStatus', 'overallVerdict', 'overallReading', 'distribution', 'total', 'green', 'yellow', 'red', 'grey'],
    values: (m, lang) => overallValues(m.context.policyTitle, m.overall, allIndicators(m), lang),
  },
  {
    key: 'areaStatus',
    form: 'list',
    placeholders: ['areaNumber', 'areaTitle', 'status', 'distribution', 'green', 'red'],
    items: (m, lang) =>
      m.areas.map((a) => ({
        areaNumber: String(a.number),
        areaTitle: a.title,
        status: verdictShort(a, lang),
        distribution: a.distribution ?? '',
        green: String(a.counts.green),
        red: String(a.counts.red),
      })),
  },
  { key: 'statementsIntro', form: 'paragraphs', placeholders: ['year'], values: common, applies: (m) => m.statements.length > 0 },
  { key: 'noStatements', form: 'paragraphs', placeholders: ['year'], values: common, applies: (m) => m.statements.length === 0 },
  {
    key: 'recommendations',
    form: 'paragraphs',
    placeholders: ['policy', 'year', 'laggingGoals'],
    values: (m, lang) => ({
      ...common(m),
      laggingGoals:
        joinNames(
          lagging(m).map((g) => `${g.number} (${g.title})`),
          lang,
        ) || '–',
    }),
  },
];

export const REPORT_TEMPLATES: DefaultTemplates = {
  da: {
    subject: 'Årlig status {{year}} for {{policy}}',
    intro:
      'Borgerrepræsentationen får hvert år en status for arbejdet med {{policy}}. Denne status bygger på de seneste tal på {{barometer}} ({{release}}) og på udvalgenes redegørelser for {{year}}.',
    judgement: 'Status for {{policy}} er {{overallStatus}} – {{overallVerdict}}. {{overallReading}} Siden startmålingen er {{distribution}}.',
    areaStatus: 'Indsatsområde {{areaNumber}} ({{areaTitle}}): {{status}} ({{distribution}}).',
    statementsIntro: 'Under hvert mål følger redegørelserne for {{year}} fra de udvalg, der har ansvaret for det.',
    noStatements: 'Årshjulet for {{year}} har ingen redegørelser fra udvalgene.',
    recommendations:
      'Sekretariatet anbefaler, at udvalgene i budgetarbejdet prioriterer de mål, hvor udviklingen står stille eller går tilbage: mål {{laggingGoals}}.\n\nSekretariatet anbefaler også, at udvalg, der deler et mål, aftaler deres indsatser med hinanden, så de trækker i samme retning.',
  },
  en: {
    subject: 'Annual status {{year}} of {{policy}}',
    intro:
      "Each year the City Council receives a status of the work on {{policy}}. This status builds on the latest figures on {{barometer}} ({{release}}) and on the committees' status statements for {{year}}.",
    judgement: 'The status of {{policy}} is {{overallStatus}} – {{overallVerdict}}. {{overallReading}} Since the baseline: {{distribution}}.',
    areaStatus: 'Focus area {{areaNumber}} ({{areaTitle}}): {{status}} ({{distribution}}).',
    statementsIntro: 'Under each goal follow the {{year}} status statements of the committees responsible for it.',
    noStatements: 'The annual cycle of {{year}} holds no status statements from the committees.',
    recommendations:
      'The secretariat recommends that the committees give priority in their budget work to the goals where development stands still or goes back: goal {{laggingGoals}}.\n\nThe secretariat also recommends that committees sharing a goal agree their work with each other, so that it pulls in one direction.',
  },
};
