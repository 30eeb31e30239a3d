// Caps on what a file may name. A code or name becomes a row in the model and
// a part of URLs, downloads and pages; a hostile or broken file (an Open SDG
// file with 100,000 disaggregation columns makes a group code a million
// characters long) must be refused with the row and column, not stored.
import { cellProblem, inFile } from './problem.js';
import type { ImportEvent, Reference, SourceFigure } from './source-figure.js';

export const MAX_CODE_LENGTH = 200;
export const MAX_NAME_LENGTH = 500;

function tooLong(figure: SourceFigure, column: string | null, what: string, length: number, limit: number): ImportEvent {
  return {
    kind: 'problem',
    problem: inFile(
      cellProblem(figure.row, column, 'too_long', `The ${what} is ${length.toLocaleString('en')} characters long; at most ${limit} are allowed.`),
      figure.file,
    ),
  };
}

function referenceProblem(figure: SourceFigure, reference: Reference | null, column: string | null, what: string): ImportEvent | null {
  if (!reference) return null;
  if (reference.code.length > MAX_CODE_LENGTH) return tooLong(figure, column, `${what} code`, reference.code.length, MAX_CODE_LENGTH);
  if (reference.name !== null && reference.name.length > MAX_NAME_LENGTH)
    return tooLong(figure, column, `${what} name`, reference.name.length, MAX_NAME_LENGTH);
  return null;
}

/** The event itself, or a problem when a figure names an indicator, group or area longer than the caps allow. */
export function withinReferenceLimits(event: ImportEvent): ImportEvent {
  if (event.kind !== 'figure') return event;
  if (event.indicator.length > MAX_CODE_LENGTH) return tooLong(event, event.columns.indicator, 'indicator code', event.indicator.length, MAX_CODE_LENGTH);
  if (event.period.length > MAX_CODE_LENGTH) return tooLong(event, event.columns.period, 'period', event.period.length, MAX_CODE_LENGTH);
  return referenceProblem(event, event.group, event.columns.group, 'group') ?? referenceProblem(event, event.area, event.columns.area, 'area') ?? event;
}
