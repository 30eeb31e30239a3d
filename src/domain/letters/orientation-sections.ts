// The editable wording of the orientation letter that goes to every
// committee when new figures are published: how complete the release is,
// the overall judgement, where progress is clearest and where it stalls,
// the changes, and what the cycle asks for next.
import type { DefaultTemplates, SectionSpec } from './section-spec.js';
import type { IndicatorLine, OrientationModel } from './view-models.js';
import { joinNames, longDate, word } from './words.js';
import { overallValues } from './overall-values.js';

const allIndicators = (m: OrientationModel): IndicatorLine[] => m.areas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
const areaTitle = (m: OrientationModel, n: number) => m.areas.find((a) => a.number === n)?.title ?? '';

function common(m: OrientationModel): Record<string, string> {
  return { barometer: m.context.barometerName, policy: m.context.policyTitle, release: m.context.release.title };
}

export const ORIENTATION_SECTIONS: readonly SectionSpec<OrientationModel>[] = [
  { key: 'subject', form: 'line', placeholders: ['barometer', 'policy', 'release'], values: common },
  {
    key: 'completeness',
    form: 'paragraphs',
    placeholders: ['barometer', 'policy', 'release', 'withFigure', 'total', 'publishedOn'],
    values: (m, lang) => ({
      ...common(m),
      withFigure: String(m.withFigure),
      total: String(m.total),
      publishedOn: longDate(m.context.release.publishedOn, lang),
    }),
  },
  { key: 'missingIntro', form: 'paragraphs', placeholders: ['barometer', 'policy', 'release'], values: common, applies: (m) => m.missing.length > 0 },
  {
    key: 'missing',
    form: 'list',
    placeholders: ['indicator', 'administration', 'since', 'expected', 'reason'],
    applies: (m) => m.missing.length > 0,
    items: (m, lang) =>
      m.missing.map((line) => ({
        indicator: line.indicator,
        administration: line.administration ?? (lang === 'da' ? 'ingen forvaltning registreret' : 'no administration recorded'),
        since: line.since ?? word(lang, 'none'),
        expected: line.expected ?? (lang === 'da' ? 'uvist hvornår' : 'at a time not yet known'),
        reason: line.reason ?? '',
      })),
  },
  {
    key: 'judgement',
    form: 'paragraphs',
    placeholders: ['policy', 'overallStatus', 'overallVerdict', 'overallReading', 'distribution', 'total', 'green', 'yellow', 'red', 'grey'],
    values: (m, lang) => overallValues(m.context.policyTitle, m.overall, allIndicators(m), lang),
  },
  {
    key: 'clearest',
    form: 'paragraphs',
    placeholders: ['areaNumber', 'areaTitle', 'progressIndicators'],
    applies: (m) => m.clearest !== null,
    values: (m, lang) => {
      const area = m.areas.find((a) => a.number === m.clearest)!;
      const green = area.goals.flatMap((g) => g.indicators).filter((i) => i.colour === 'green');
      return {
        areaNumber: String(area.number),
        areaTitle: area.title,
        progressIndicators: joinNames(
          green.map((i) => i.title.charAt(0).toLowerCase() + i.title.slice(1)),
          lang,
        ),
      };
    },
  },
  {
    key: 'stalling',
    form: 'paragraphs',
    placeholders: ['areas'],
    applies: (m) => m.stalling.length > 0,
    values: (m, lang) => ({
      areas: joinNames(
        m.stalling.map((n) => `${n} (${areaTitle(m, n)})`),
        lang,
      ),
    }),
  },
  { key: 'changesIntro', form: 'paragraphs', placeholders: ['release'], values: common, applies: (m) => allIndicators(m).some((i) => i.inRelease) },
  {
    key: 'changes',
    form: 'list',
    placeholders: ['indicator', 'status', 'change', 'latest', 'baseline', 'statusSincePrevious', 'changeSincePrevious'],
    applies: (m) => allIndicators(m).some((i) => i.inRelease),
    items: (m, lang) =>
      allIndicators(m)
        .filter((i) => i.inRelease)
        .map((i) => ({
          indicator: i.title,
          status: i.status,
          change: i.changeSinceBaseline ?? word(lang, 'none'),
          latest: i.latest ?? word(lang, 'none'),
          baseline: i.baseline ?? word(lang, 'none'),
          statusSincePrevious: i.sincePrevious?.status ?? word(lang, 'none'),
          changeSincePrevious: i.sincePrevious?.change ?? word(lang, 'none'),
        })),
  },
  { key: 'deadlinesIntro', form: 'paragraphs', placeholders: ['policy'], values: common, applies: (m) => m.deadlines.length > 0 },
  {
    key: 'deadlines',
    form: 'list',
    placeholders: ['date', 'title', 'assignees'],
    applies: (m) => m.deadlines.length > 0,
    items: (m, lang) =>
      m.deadlines.map((d) => ({
        date: longDate(d.date, lang),
        title: d.title,
        assignees: d.assignees.length > 0 ? joinNames(d.assignees, lang) : word(lang, 'allCommittees'),
      })),
  },
  {
    key: 'closing',
    form: 'paragraphs',
    placeholders: ['barometer', 'policy', 'release', 'address'],
    values: (m) => ({ ...common(m), address: m.context.barometerAddress ?? m.context.barometerName }),
  },
  { key: 'summaryNote', form: 'paragraphs', placeholders: ['barometer', 'policy', 'release'], values: common },
  { key: 'areaReviewIntro', form: 'paragraphs', placeholders: ['barometer', 'policy', 'release'], values: common },
];

export const ORIENTATION_TEMPLATES: DefaultTemplates = {
  da: {
    subject: 'Nye tal på {{barometer}}',
    completeness:
      '{{barometer}} er opdateret den {{publishedOn}}. Der er kommet nye tal for {{withFigure}} af de {{total}} indikatorer, som følger målene i {{policy}}.',
    missingIntro: 'Disse indikatorer mangler nye tal:',
    missing: '{{indicator}}: {{administration}} har ikke leveret tal siden {{since}}. Tallene ventes {{expected}}.',
    judgement: 'Status for {{policy}} er {{overallStatus}} – {{overallVerdict}}. {{overallReading}} Siden startmålingen er {{distribution}}.',
    clearest: 'Fremgangen er tydeligst i indsatsområde {{areaNumber}} ({{areaTitle}}), hvor {{progressIndicators}} er gået frem.',
    stalling: 'Udviklingen står stille eller går den forkerte vej i indsatsområde {{areas}}.',
    changesIntro: 'Sådan har indikatorerne med nye tal udviklet sig. En ændring, der ikke er større end indikatorens tolerance, tæller som uændret.',
    changes: '{{indicator}}: {{status}} ({{change}} siden startmålingen; seneste tal {{latest}})',
    deadlinesIntro: 'Årshjulet for {{policy}} har disse frister de kommende måneder:',
    deadlines: '{{date}}: {{title}} ({{assignees}})',
    closing:
      'Tallene og vurderingerne er et bidrag til udvalgenes drøftelser af, hvordan kommunens ressourcer bedst bruges til at nå målene. Alle tal, forklaringer og tidsserier findes på {{address}}.',
    summaryNote: 'Notatet samler status for hvert indsatsområde i {{policy}} efter {{release}}.',
    areaReviewIntro: 'Gennemgangen viser for hvert indsatsområde og mål de indikatorer, der følger det, med seneste tal og status.',
  },
  en: {
    subject: 'New figures on {{barometer}}',
    completeness:
      '{{barometer}} was updated on {{publishedOn}}. There are new figures for {{withFigure}} of the {{total}} indicators that follow the goals of {{policy}}.',
    missingIntro: 'These indicators have no new figures:',
    missing: '{{indicator}}: {{administration}} has not delivered figures since {{since}}. Expected: {{expected}}.',
    judgement: 'The status of {{policy}} is {{overallStatus}} – {{overallVerdict}}. {{overallReading}} Since the baseline: {{distribution}}.',
    clearest: 'Progress is clearest in focus area {{areaNumber}} ({{areaTitle}}), where {{progressIndicators}} went up.',
    stalling: 'Development stands still or goes the wrong way in focus area {{areas}}.',
    changesIntro: "This is how the indicators with new figures have developed. A change no larger than the indicator's tolerance counts as unchanged.",
    changes: '{{indicator}}: {{status}} ({{change}} since the baseline; latest figure {{latest}})',
    deadlinesIntro: 'The annual cycle of {{policy}} has these deadlines in the coming months:',
    deadlines: '{{date}}: {{title}} ({{assignees}})',
    closing:
      "The figures and judgements are a contribution to the committees' discussions of how the municipality's resources are best used to reach the goals. Every figure, explanation and time series is on {{address}}.",
    summaryNote: 'This note sums up the status of each focus area of {{policy}} after {{release}}.',
    areaReviewIntro: 'The review shows, for each focus area and goal, the indicators that follow it, with the latest figure and status.',
  },
};
