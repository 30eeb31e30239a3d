// What each letter is written from: the data of one release, already in the
// letter's language and with its figures written out (`5,9 procentpoint`).
// The letter services build these from the database; a draft stores its
// model as JSON, so an exported draft says what the data said when it was
// made, even after new figures arrive.
import type { StatusColour } from '../status/types.js';
import type { LetterSender } from './document.js';

export type LetterKind = 'orientation' | 'challenge' | 'report' | 'red_twice';
export const LETTER_KINDS: readonly LetterKind[] = ['orientation', 'challenge', 'report', 'red_twice'];
export type LetterLang = 'da' | 'en';

export interface ColourCounts {
  readonly green: number;
  readonly yellow: number;
  readonly orange: number;
  readonly red: number;
  readonly grey: number;
}

/**
 * A roll-up in the letter's words (METHODS.md, "Rolling up"). `verdict`
 * and `distribution` are optional only because drafts stored before they
 * existed lack them; a letter then falls back to the colour alone.
 */
export interface VerdictWords {
  readonly colour: StatusColour;
  /** The words that follow the counts, in lower case: `uændret`, `blandet billede`. */
  readonly verdict?: string;
  /** `5 af 14 i fremgang, 6 uændrede og 3 i tilbagegang; 1 uden data`. */
  readonly distribution?: string;
}

export interface IndicatorLine {
  readonly code: string;
  readonly title: string;
  readonly isMain: boolean;
  readonly colour: StatusColour;
  /** The status engine's verdict in words: `fremgang`, `uændret`, `ingen data`. */
  readonly status: string;
  /** `5,9 procentpoint (2012)`, or null without a figure. */
  readonly latest: string | null;
  readonly baseline: string | null;
  /** Signed change since the baseline in the indicator's unit: `−0,1 procentpoint`. */
  readonly changeSinceBaseline: string | null;
  /** The verdict and change since the figure before the latest. */
  readonly sincePrevious: { readonly status: string; readonly change: string } | null;
  /** True when the release brought a figure for it. */
  readonly inRelease: boolean;
}

export interface GoalCommitteeLine {
  readonly code: string;
  readonly name: string;
  readonly role: 'lead' | 'shared';
}

export interface GoalLine extends VerdictWords {
  readonly number: number;
  readonly title: string;
  readonly committees: readonly GoalCommitteeLine[];
  readonly indicators: readonly IndicatorLine[];
}

export interface AreaLine extends VerdictWords {
  readonly number: number;
  readonly title: string;
  /** Colours of the area's indicators. */
  readonly counts: ColourCounts;
  readonly goals: readonly GoalLine[];
}

/** The whole policy rolled up from its indicators, with what that means in a sentence. */
export interface OverallLine extends VerdictWords {
  readonly counts: ColourCounts;
  /** `Samlet set er politikken ikke kommet meget nærmere sine mål …`; absent in older drafts. */
  readonly reading?: string;
}

export interface MissingLine {
  readonly indicator: string;
  readonly administration: string | null;
  readonly since: string | null;
  readonly reason: string | null;
  readonly expected: string | null;
}

export interface DeadlineLine {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly title: string;
  readonly assignees: readonly string[];
}

export interface LetterContext {
  readonly lang: LetterLang;
  /** The letter's date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly sender: LetterSender;
  readonly barometerName: string;
  readonly municipalityName: string;
  readonly policyTitle: string;
  readonly release: { readonly id: number; readonly title: string; readonly publishedOn: string };
  /** Where the public barometer is, `www.kk.dk/inklusionsbarometret`; absent in drafts made before it was known. */
  readonly barometerAddress?: string | null;
}

export interface OrientationModel {
  readonly kind: 'orientation';
  readonly context: LetterContext;
  readonly recipients: readonly string[];
  readonly withFigure: number;
  readonly total: number;
  readonly missing: readonly MissingLine[];
  /** The policy rolled up from its indicators. */
  readonly overall: OverallLine;
  readonly areas: readonly AreaLine[];
  /** The focus area with the clearest progress, by number; null when none moved forward on balance. */
  readonly clearest: number | null;
  /** Focus areas where more goes back than forward, or nothing moves. */
  readonly stalling: readonly number[];
  readonly deadlines: readonly DeadlineLine[];
}

export interface CatalogueLine {
  readonly heading: string;
  readonly entries: readonly { readonly title: string; readonly origin: string; readonly body: string; readonly status: string }[];
}

export interface ChallengeModel {
  readonly kind: 'challenge';
  readonly context: LetterContext;
  readonly committee: { readonly code: string; readonly name: string };
  readonly colour: StatusColour;
  /** The committee's lead goals rolled up, in words. */
  readonly verdict?: string;
  readonly distribution?: string;
  /** The goals the committee answers for, alone or with others. */
  readonly goals: readonly GoalLine[];
  readonly deliveries: readonly DeadlineLine[];
  readonly catalogue: readonly CatalogueLine[];
  /** The committee's newest action plan and what in it to reconsider; absent in older drafts, null without a plan. */
  readonly plan?: PlanLine | null;
}

/** An initiative of the plan tied to an indicator that stands still or goes back. */
export interface ReconsiderLine {
  readonly initiative: string;
  readonly resultTarget: string;
  readonly indicator: string;
  readonly colour: StatusColour;
  readonly status: string;
}

/** The plan's budget per initiative and year, amounts already written out (`4.200.000 kr.`). */
export interface EconomyLine {
  readonly years: readonly string[];
  readonly rows: readonly { readonly initiative: string; readonly amounts: readonly string[]; readonly total: string }[];
  readonly totals: readonly string[];
  readonly total: string;
}

export interface PlanLine {
  readonly title: string;
  readonly year: number;
  readonly version: number;
  readonly initiativeCount: number;
  readonly reconsider: readonly ReconsiderLine[];
  /** The plan's economic overview, when the letter carries it as an annex. */
  readonly economy: EconomyLine | null;
}

export interface StatementLine {
  readonly committee: { readonly code: string; readonly name: string };
  /** The task's state in words. */
  readonly state: string;
  readonly submitted: boolean;
  readonly submittedAt: string | null;
  readonly fields: readonly { readonly label: string; readonly text: string }[];
}

export interface ReportModel {
  readonly kind: 'report';
  readonly context: LetterContext;
  readonly year: number;
  readonly overall: OverallLine;
  readonly areas: readonly AreaLine[];
  readonly statements: readonly StatementLine[];
}

/** One quarterly rating of the project, in the letter's words. */
export interface RatingLine {
  readonly quarter: string;
  readonly colour: StatusColour;
  /** `rød` / `red`. */
  readonly rating: string;
  readonly comment: string;
  /** The step taken on it, `2. maj 2012: Projektet har afleveret en handleplan.`; null while open. */
  readonly followUp: string | null;
}

/**
 * The letter to the committee responsible for a co-funded project that its
 * quarterly monitoring rated red two quarters in a row (the project bank's
 * escalation ladder, src/domain/projects/escalation.ts).
 */
export interface RedTwiceModel {
  readonly kind: 'red_twice';
  readonly context: LetterContext;
  readonly committee: { readonly code: string; readonly name: string };
  readonly project: {
    readonly id: number;
    readonly reference: string | null;
    readonly title: string;
    readonly owner: string;
    /** `1. marts 2011 – 28. februar 2013`. */
    readonly period: string;
    /** `3.000.000 kr.` */
    readonly cofunding: string;
    readonly contact: string | null;
  };
  /** The red quarters in a row at the end of the monitoring, oldest first. */
  readonly redQuarters: readonly string[];
  /** Every rating of the project, oldest first. */
  readonly ratings: readonly RatingLine[];
  /** The policy goals the project serves, with their status. */
  readonly goals: readonly GoalLine[];
  /** The day the committee is asked to answer by (`YYYY-MM-DD`). */
  readonly answerBy: string;
}

export type LetterModel = OrientationModel | ChallengeModel | ReportModel | RedTwiceModel;
