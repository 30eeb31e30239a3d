// What an import (dry run or commit) reports: counts of new, changed and
// unchanged figures against what is published, what it creates, a preview,
// and every problem. Lists are capped so a file of a million bad rows still
// gives a report of bounded size; the counts are always complete.
import type { ImportFormat } from '../../importers/source-figure.js';
import type { ImportNote } from '../../importers/import-note.js';
import type { ImportProblem } from '../../importers/problem.js';

export type FigureChange = 'new' | 'changed' | 'unchanged';

export interface PreviewFigure {
  readonly row: number;
  readonly indicator: string;
  readonly period: string;
  readonly group: string;
  readonly area: string;
  readonly value: number;
  readonly provisional: boolean;
  readonly estimated: boolean;
  /** The published value this figure would replace; null for a new figure. */
  readonly published: number | null;
  readonly change: FigureChange;
}

export interface ImportCounts {
  /** Rows that held a figure. */
  figures: number;
  new: number;
  changed: number;
  unchanged: number;
  /** Rows left out because they hold no value. */
  skipped: number;
}

export interface ImportReport {
  readonly source: { readonly name: string; readonly format: ImportFormat };
  readonly dryRun: boolean;
  /** True when the figures were staged; false for a dry run or a file with problems. */
  readonly committed: boolean;
  /** The draft release the figures went (or would go) into; null when a dry run would create one. */
  readonly release: { readonly id: number; readonly title: string } | null;
  readonly counts: Readonly<ImportCounts>;
  /** Codes of what the import creates (or would create). */
  readonly created: { readonly indicators: readonly string[]; readonly groups: readonly string[]; readonly areas: readonly string[] };
  /** Revisions of published figures, in file order, up to the preview limit. */
  readonly changed: readonly PreviewFigure[];
  /** The first figures of the file, of every kind, up to the preview limit. */
  readonly sample: readonly PreviewFigure[];
  readonly problems: readonly ImportProblem[];
  /** Every problem found, including those beyond the list's limit. */
  readonly problemCount: number;
  /** What the source read but does not import, or could not take as written (never a reason to refuse it). */
  readonly notes: readonly ImportNote[];
}

/** Collects problems, keeping the first `limit` and counting the rest. */
export class ProblemLog {
  readonly kept: ImportProblem[] = [];
  count = 0;

  constructor(private readonly limit: number) {}

  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.kept.length < this.limit) this.kept.push(problem);
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }
}
