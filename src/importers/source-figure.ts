// What every reader produces, whatever the format: a stream of events, each a
// figure as the file states it (codes and labels, not database ids), a
// problem, or a row left out because it holds no value. The validation
// pipeline turns figures into staged release figures. Events travel in
// chunks (a parsed block of a file at a time): a million rows passed one by
// one through async generators would spend more time there than anywhere.
import type { ImportNote } from './import-note.js';
import type { ImportProblem } from './problem.js';

export const IMPORT_FORMATS = ['barometer', 'opensdg', 'jsonstat'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A group or area as a file names it. */
export interface Reference {
  readonly code: string;
  /** The name it gets if it does not exist yet; null when it must exist already. */
  readonly name: string | null;
}

/** Which column (or dimension) of the source each field came from, for problems. */
export interface FigureColumns {
  readonly indicator: string | null;
  readonly period: string;
  readonly group: string | null;
  readonly area: string | null;
  readonly value: string;
}

export interface SourceFigure {
  readonly kind: 'figure';
  readonly row: number;
  readonly indicator: string;
  /** As written; the pipeline parses it. */
  readonly period: string;
  /** Null means the total. */
  readonly group: Reference | null;
  /** Null means the indicator's default area. */
  readonly area: Reference | null;
  readonly value: number;
  readonly provisional: boolean;
  readonly estimated: boolean;
  readonly note: string | null;
  readonly columns: FigureColumns;
  /** The file the row is in, for a source of many files (an Open SDG repository). */
  readonly file?: string;
}

export interface ProblemEvent {
  readonly kind: 'problem';
  readonly problem: ImportProblem;
}

/** A row without a value: a pre-filled template row not filled in, or an Open SDG gap. */
export interface SkippedRow {
  readonly kind: 'skipped';
  readonly row: number;
}

export type ImportEvent = SourceFigure | ProblemEvent | SkippedRow;

export type EventChunk = readonly ImportEvent[];

/** An indicator a source can define when it does not exist (Open SDG metadata). */
export interface IndicatorDraft {
  readonly code: string;
  readonly titleDa: string;
  readonly titleEn: string | null;
  readonly descriptionDa: string | null;
  readonly descriptionEn: string | null;
  readonly unit: string;
  /** The unit in English where the source gives one; null shows the Danish. */
  readonly unitEn: string | null;
  readonly direction: 'increase' | 'decrease';
  /** Null: taken from the figures (irregular when they mix kinds of period). */
  readonly frequency: 'yearly' | 'quarterly' | 'monthly' | 'irregular' | null;
  /** The goal of the policy it belongs to; without one it cannot be created. */
  readonly goalCode: string | null;
  /** Its default area; null for the database's first area. */
  readonly areaCode: string | null;
  readonly sourceDa: string | null;
  readonly sourceEn: string | null;
}

/** How far a source of many files has been read. */
export interface SourceProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
}

/** A source ready for the pipeline: where it came from and its events. */
export interface ImportSource {
  readonly format: ImportFormat;
  /** File name or URL, for messages and the reason recorded on revisions. */
  readonly name: string;
  readonly events: AsyncIterable<EventChunk>;
  readonly indicatorDrafts: readonly IndicatorDraft[];
  /** What the source read but will not import, or could not take as written. */
  readonly notes?: readonly ImportNote[];
  /** For a source of many files: how many it has read so far. */
  readonly progress?: () => SourceProgress;
}

export const problemEvent = (problem: ImportProblem): ProblemEvent => ({ kind: 'problem', problem });

/** Reads a whole (small) source into arrays: for tests, previews and single figures. */
export async function collectEvents(chunks: AsyncIterable<EventChunk>) {
  const figures: SourceFigure[] = [];
  const problems: ImportProblem[] = [];
  let skipped = 0;
  for await (const chunk of chunks) {
    for (const event of chunk) {
      if (event.kind === 'figure') figures.push(event);
      else if (event.kind === 'problem') problems.push(event.problem);
      else skipped += 1;
    }
  }
  return { figures, problems, skipped };
}

/** A source of a single chunk: a problem that stops a file before it is read, or a figure typed into a form. */
export async function* oneChunk(...events: ImportEvent[]): AsyncGenerator<EventChunk> {
  yield events;
}
