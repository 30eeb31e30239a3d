// The fixed words around the editable wording: table headings, annex
// labels, dates and name lists. Short, neutral and the same in every letter,
// so they are not templates; the sentences are (see *-sections.ts).
import { formatLongDate } from '../format-date.js';
import { colourLabel } from '../status/status-labels.js';
import type { StatusColour } from '../status/types.js';
import type { LetterLang, VerdictWords } from './view-models.js';

const WORDS = {
  da: {
    date: 'Dato',
    caseNumber: 'Sagsnr.',
    documentNumber: 'Dokumentnr.',
    phone: 'Telefon',
    email: 'E-mail',
    to: 'Til',
    greeting: 'Venlig hilsen',
    annexes: 'Bilag:',
    annex: 'Bilag',
    focusArea: 'Indsatsområde',
    goal: 'Mål',
    indicator: 'Indikator',
    indicators: 'Indikatorer',
    status: 'Status',
    latest: 'Seneste tal',
    baseline: 'Startmåling',
    sinceBaseline: 'Ændring siden startmåling',
    sincePrevious: 'Siden sidste måling',
    green: 'Grøn',
    yellowOrange: 'Gul',
    red: 'Rød',
    grey: 'Ingen data',
    committees: 'Ansvarlige udvalg',
    lead: 'ansvarlig',
    shared: 'medansvarlig',
    mainIndicator: 'hovedindikator',
    none: '–',
    and: 'og',
    allCommittees: 'Alle udvalg',
    summaryAnnex: 'Resumé af udviklingen',
    reviewAnnex: 'Gennemgang pr. indsatsområde',
    catalogueAnnex: 'Katalog over høringsinput',
    goalsTable: 'Udvalgets mål og indikatorer',
    statements: 'Udvalgenes redegørelser',
    recommendations: 'Sekretariatets anbefalinger',
    noStatement: 'Ingen redegørelse modtaget',
    submittedOn: 'Indsendt',
    catalogueEmpty: 'Der er ikke registreret høringsinput til udvalgets mål.',
    cityCouncil: 'Borgerrepræsentationen',
    progressIn: 'Fremgang',
    regressIn: 'Tilbagegang',
    noneMoved: 'Ingen indikatorer er gået frem eller tilbage.',
    economyAnnex: 'Økonomioversigt for udvalgets handleplan',
    initiative: 'Indsats',
    total: 'I alt',
    quarter: 'Kvartal',
    rating: 'Vurdering',
    comment: 'Projektets bemærkning',
    followUp: 'Opfølgning',
    ratingsTable: 'Projektets kvartalsvise vurderinger',
    projectFacts: 'Om projektet',
    owner: 'Projektejer',
    period: 'Periode',
    cofunding: 'Kommunal medfinansiering',
    contact: 'Kontakt',
    reference: 'Projektnummer',
    projectGoals: 'Mål, som projektet skal bidrage til',
  },
  en: {
    date: 'Date',
    caseNumber: 'Case no.',
    documentNumber: 'Document no.',
    phone: 'Telephone',
    email: 'Email',
    to: 'To',
    greeting: 'Yours sincerely',
    annexes: 'Annexes:',
    annex: 'Annex',
    focusArea: 'Focus area',
    goal: 'Goal',
    indicator: 'Indicator',
    indicators: 'Indicators',
    status: 'Status',
    latest: 'Latest figure',
    baseline: 'Baseline',
    sinceBaseline: 'Change since baseline',
    sincePrevious: 'Since last measurement',
    green: 'Green',
    yellowOrange: 'Yellow',
    red: 'Red',
    grey: 'No data',
    committees: 'Responsible committees',
    lead: 'responsible',
    shared: 'shares responsibility',
    mainIndicator: 'main indicator',
    none: '–',
    and: 'and',
    allCommittees: 'All committees',
    summaryAnnex: 'Summary of developments',
    reviewAnnex: 'Review by focus area',
    catalogueAnnex: 'Catalogue of consultation input',
    goalsTable: "The committee's goals and indicators",
    statements: "The committees' status statements",
    recommendations: "The secretariat's recommendations",
    noStatement: 'No status statement received',
    submittedOn: 'Submitted',
    catalogueEmpty: "No consultation input has been recorded for the committee's goals.",
    cityCouncil: 'The City Council',
    progressIn: 'Progress',
    regressIn: 'Regress',
    noneMoved: 'No indicator moved forward or back.',
    economyAnnex: "Economic overview of the committee's action plan",
    initiative: 'Initiative',
    total: 'Total',
    quarter: 'Quarter',
    rating: 'Rating',
    comment: "The project's comment",
    followUp: 'Follow-up',
    ratingsTable: "The project's quarterly ratings",
    projectFacts: 'About the project',
    owner: 'Project owner',
    period: 'Period',
    cofunding: 'Municipal co-funding',
    contact: 'Contact',
    reference: 'Project number',
    projectGoals: 'Goals the project is to contribute to',
  },
} as const;

export type WordKey = keyof (typeof WORDS)['da'];

export function word(lang: LetterLang, key: WordKey): string {
  return WORDS[lang][key];
}

/** `A, B og C` / `A, B and C`. */
export function joinNames(names: readonly string[], lang: LetterLang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${word(lang, 'and')} ${names.at(-1)}`;
}

/** `2013-01-15` → `15. januar 2013` / `15 January 2013`, as everywhere else. */
export function longDate(isoDate: string, lang: LetterLang): string {
  return formatLongDate(isoDate, lang);
}

/** The colour as a status word, for roll-ups that have no status of their own. */
export function colourWord(colour: StatusColour, lang: LetterLang): string {
  return colourLabel(colour, lang);
}

/**
 * A roll-up's status as a letter states it: the colour, the words that
 * follow the counts and the distribution (`gul, blandet billede (5 af 14 i
 * fremgang, …)`). A draft made before verdicts had words shows the colour.
 */
/** The colour and the words, without the distribution, for a table cell. */
export function verdictShort(line: VerdictWords, lang: LetterLang): string {
  const colour = colourWord(line.colour, lang);
  return line.verdict === undefined ? colour : `${colour}, ${line.verdict}`;
}

export function verdictText(line: VerdictWords, lang: LetterLang): string {
  const colour = colourWord(line.colour, lang);
  if (line.verdict === undefined || line.distribution === undefined) return colour;
  return `${colour}, ${line.verdict} (${line.distribution})`;
}
