// JSON-stat 2.0 datasets (Statistics Denmark's StatBank and other offices)
// as figures. The mapping names the time dimension, the dimensions that tell
// groups apart, the area dimension and the indicator; every other dimension
// must have one category or have one chosen, or figures would collide. Row
// numbers in problems are positions in the value list, counted from 1.
import { flagsFromStatus } from './flags.js';
import type { JsonStatDataset, JsonStatDimension } from './jsonstat-dataset.js';
import { readJsonStatDataset } from './jsonstat-dataset.js';
import type { JsonStatMapping } from './mapping.js';
import { describeNumberProblem, finiteNumber, parseMachineNumber } from './parse-number.js';
import { cellProblem, fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk, FigureColumns, ImportEvent, Reference } from './source-figure.js';
import { byteLength, readWholeText } from './source-input.js';
import type { LocalInput } from './source-input.js';

/** Observations per chunk of events. */
const CHUNK = 1000;
/** A JSON document is read whole; StatBank tables are far smaller than this. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface Plan {
  readonly period: number;
  readonly groups: readonly number[];
  readonly area: number;
  readonly indicator: number;
  /** For every other dimension, the one category position to keep. */
  readonly fixed: ReadonlyMap<number, number>;
}

function plan(dataset: JsonStatDataset, mapping: JsonStatMapping): Plan | ImportProblem {
  const position = (id: string) => dataset.dimensions.findIndex((d) => d.id === id);
  const named = [
    mapping.period,
    ...mapping.groups,
    ...(mapping.area ? [mapping.area] : []),
    ...(typeof mapping.indicator === 'object' ? [mapping.indicator.dimension] : []),
  ];
  for (const id of [...named, ...Object.keys(mapping.select)]) {
    if (position(id) < 0) return fileProblem('invalid_mapping', `The mapping names the dimension "${id}", which the dataset does not have.`);
  }
  const fixed = new Map<number, number>();
  for (const [i, dimension] of dataset.dimensions.entries()) {
    if (named.includes(dimension.id)) continue;
    const chosen = mapping.select[dimension.id];
    if (chosen === undefined) {
      if (dimension.categories.length === 1) continue;
      return {
        ...fileProblem(
          'unmapped_dimension',
          `The dimension "${dimension.id}" has ${dimension.categories.length} categories; map it to groups or choose one under select.`,
        ),
        column: dimension.id,
      };
    }
    const at = dimension.categories.findIndex((c) => c.code === chosen);
    if (at < 0) return fileProblem('invalid_mapping', `The dimension "${dimension.id}" has no category "${chosen}".`);
    fixed.set(i, at);
  }
  return {
    period: position(mapping.period),
    groups: mapping.groups.map(position),
    area: mapping.area ? position(mapping.area) : -1,
    indicator: typeof mapping.indicator === 'object' ? position(mapping.indicator.dimension) : -1,
    fixed,
  };
}

/** The figures of a parsed JSON document that should be a JSON-stat dataset. */
export async function* readJsonStat(json: unknown, mapping: JsonStatMapping): AsyncGenerator<EventChunk> {
  for (const events of jsonStatChunks(json, mapping)) yield events;
}

function* jsonStatChunks(json: unknown, mapping: JsonStatMapping): Generator<ImportEvent[]> {
  const read = readJsonStatDataset(json);
  if (!read.ok) {
    yield [problemEvent(fileProblem('invalid_jsonstat', read.reason))];
    return;
  }
  const { dataset } = read;
  const layout = plan(dataset, mapping);
  if ('code' in layout) {
    yield [problemEvent(layout)];
    return;
  }
  const dims = dataset.dimensions;
  const columns: FigureColumns = {
    indicator: layout.indicator >= 0 ? dims[layout.indicator]!.id : null,
    period: dims[layout.period]!.id,
    group: layout.groups.map((g) => dims[g]!.id).join(', ') || null,
    area: layout.area >= 0 ? dims[layout.area]!.id : null,
    value: 'value',
  };
  // Category positions of the current observation, advanced like an odometer (last dimension fastest).
  const at = dims.map(() => 0);
  let events: ImportEvent[] = [];
  for (let index = 0; index < dataset.size; index++) {
    if (events.length >= CHUNK) {
      yield events;
      events = [];
    }
    if (index > 0) {
      for (let d = dims.length - 1; d >= 0; d--) {
        if (++at[d]! < dims[d]!.categories.length) break;
        at[d] = 0;
      }
    }
    let kept = true;
    for (const [d, category] of layout.fixed) if (at[d] !== category) kept = false;
    if (!kept) continue;
    const row = index + 1;
    const raw = dataset.value(index);
    if (raw === null || raw === undefined || raw === '') {
      events.push({ kind: 'skipped', row });
      continue;
    }
    // JSON.parse reads 1e309 as Infinity: a number is checked like a written one.
    const parsed = typeof raw === 'number' ? finiteNumber(raw) : parseMachineNumber(String(raw));
    if (!parsed.ok) {
      events.push(problemEvent(cellProblem(row, 'value', parsed.code, describeNumberProblem(parsed.code, String(raw)))));
      continue;
    }
    const category = (d: number) => dims[d]!.categories[at[d]!]!;
    let indicator = typeof mapping.indicator === 'string' ? mapping.indicator : '';
    if (typeof mapping.indicator === 'object') {
      const code = category(layout.indicator).code;
      const mapped = mapping.indicator.codes[code];
      if (!mapped) {
        events.push(problemEvent(cellProblem(row, columns.indicator, 'unknown_indicator', `The mapping names no indicator for the category "${code}".`)));
        continue;
      }
      indicator = mapped;
    }
    const flags = flagsFromStatus(dataset.status(index));
    events.push({
      kind: 'figure',
      row,
      indicator,
      period: category(layout.period).code,
      group: toGroup(
        layout.groups.map((g) => [dims[g]!, category(g).code] as const),
        mapping,
      ),
      area: layout.area < 0 ? null : toArea(dims[layout.area]!, category(layout.area).code, mapping),
      value: parsed.value,
      provisional: flags.provisional,
      estimated: flags.estimated,
      note: null,
      columns,
    });
  }
  if (events.length > 0) yield events;
}

function toGroup(parts: readonly (readonly [JsonStatDimension, string])[], mapping: JsonStatMapping): Reference {
  const names: string[] = [];
  for (const [dimension, code] of parts) {
    if (mapping.totals[dimension.id]?.includes(code)) continue;
    const label = dimension.categories.find((c) => c.code === code)?.label ?? code;
    names.push(`${dimension.label}: ${label}`);
  }
  if (names.length === 0) return { code: mapping.total, name: mapping.total === 'total' ? 'Total' : null };
  const name = names.join('; ');
  const mapped = mapping.groupCodes[name];
  return mapped ? { code: mapped, name: null } : { code: name, name };
}

function toArea(dimension: JsonStatDimension, code: string, mapping: JsonStatMapping): Reference {
  const mapped = mapping.areaCodes[code];
  if (mapped) return { code: mapped, name: null };
  return { code, name: dimension.categories.find((c) => c.code === code)?.label ?? code };
}

/** Reads a JSON-stat file, from disk or uploaded (a dataset is one JSON document, so it is read whole). */
export async function* readJsonStatFrom(input: LocalInput, mapping: JsonStatMapping): AsyncGenerator<EventChunk> {
  let json: unknown;
  try {
    if ((await byteLength(input)) > MAX_FILE_BYTES) {
      yield [problemEvent(fileProblem('unreadable_file', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split the table.`))];
      return;
    }
    const text = await readWholeText(input);
    if (text.trim() === '') {
      yield [problemEvent(fileProblem('empty_file', 'The file is empty.'))];
      return;
    }
    json = JSON.parse(text);
  } catch (error) {
    yield [problemEvent(fileProblem('unreadable_file', `The file is not readable JSON: ${(error as Error).message}`))];
    return;
  }
  yield* readJsonStat(json, mapping);
}
