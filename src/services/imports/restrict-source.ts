// A source narrowed to the indicators a person may deliver figures for: a
// data supplier's file that names another administration's indicator gets a
// problem on that row (so, like any problem, the whole file is refused), and
// the source may not define new indicators, groups or areas: those belong to
// the whole model, which only the secretariat edits, so a group or area the
// file names must exist already (else the row gets unknown_group or
// unknown_area). The secretariat's sources pass unchanged. The decision per
// indicator is the caller's (canDeliverFigures).
import { cellProblem } from '../../importers/problem.js';
import { problemEvent } from '../../importers/source-figure.js';
import type { EventChunk, ImportEvent, ImportSource, Reference } from '../../importers/source-figure.js';

export interface IndicatorScope {
  /** Codes of the indicators the person may deliver; null for every indicator. */
  readonly allowed: ReadonlySet<string> | null;
}

/** The same reference, but one that must exist already. */
const existingOnly = (reference: Reference | null): Reference | null =>
  reference && reference.name !== null ? { code: reference.code, name: null } : reference;

async function* restrictEvents(events: AsyncIterable<EventChunk>, allowed: ReadonlySet<string>): AsyncGenerator<EventChunk> {
  for await (const chunk of events) {
    yield chunk.map((event): ImportEvent => {
      if (event.kind !== 'figure') return event;
      if (allowed.has(event.indicator)) return { ...event, group: existingOnly(event.group), area: existingOnly(event.area) };
      return problemEvent(
        cellProblem(
          event.row,
          event.columns.indicator,
          'unknown_indicator',
          `Your administration does not deliver figures for the indicator "${event.indicator}".`,
        ),
      );
    });
  }
}

export function restrictSource(source: ImportSource, scope: IndicatorScope): ImportSource {
  if (scope.allowed === null) return source;
  return { ...source, indicatorDrafts: [], events: restrictEvents(source.events, scope.allowed) };
}
