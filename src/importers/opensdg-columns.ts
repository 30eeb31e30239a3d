// The columns of an Open SDG data file and what each one does: Year comes
// first and Value last; between them, GeoCode names an area, attribute
// columns describe a figure (its observation status, unit multiplier), and
// every other column (Series and Units included) tells figures apart and so
// becomes part of the group, unless the mapping leaves it out or lets Series
// choose the indicator. Spreadsheets often leave nameless columns after Value
// (`Year,Value,,`): they are no columns of the data and are passed over.
import type { OpenSdgMapping } from './mapping.js';
import { fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';

const DEFAULT_ATTRIBUTES = [
  'observation status',
  'obs_status',
  'unit multiplier',
  'unit_mult',
  'unit measure',
  'unit_measure',
  'reporting type',
  'nature',
  'comment',
  'comment_obs',
  'comment_ts',
  'time_detail',
  'source_detail',
  'footnote',
];

// SDMX-style annotations come numbered or per level (COMMENT_OBS_1, COMMENT_TS, COMMENT_DSD).
const isAttributeName = (name: string, extra: ReadonlySet<string>) => extra.has(name) || name.startsWith('comment_');

export interface OpenSdgColumns {
  /** The named columns, Year to Value. */
  readonly names: readonly string[];
  /** Cells in the header, counting the nameless ones after Value. */
  readonly width: number;
  /** Positions of the columns that make up the group, in file order. */
  readonly groupParts: readonly number[];
  readonly geoCode: number;
  readonly series: number;
  readonly observationStatus: number;
  readonly comment: number;
  readonly value: number;
}

const lower = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

// Real Open SDG files have a dozen columns; a file with thousands is broken or
// hostile, and each disaggregation column lengthens every group's code.
const MAX_COLUMNS = 1000;

export function readOpenSdgColumns(
  header: readonly string[],
  mapping: OpenSdgMapping,
): { ok: true; columns: OpenSdgColumns } | { ok: false; problem: ImportProblem } {
  const cells = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  let named = cells.length;
  while (named > 0 && cells[named - 1] === '') named -= 1;
  const names = cells.slice(0, named);
  const wrong = (message: string) => ({ ok: false as const, problem: { ...fileProblem('wrong_header', message), row: 1 } });
  if (cells.length > MAX_COLUMNS) return wrong(`The file has ${cells.length.toLocaleString('en')} columns; at most ${MAX_COLUMNS} are read.`);
  if (names.length < 2 || lower(names[0]!) !== 'year') return wrong('An Open SDG file starts with the column Year.');
  if (lower(names.at(-1)!) !== 'value') return wrong('An Open SDG file ends with the column Value.');
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') return wrong('A column has no name.');
    if (seen.has(lower(name))) return wrong(`The column "${name}" appears twice.`);
    seen.add(lower(name));
  }
  const ignored = new Set(mapping.ignore.map(lower));
  const attributes = new Set([...DEFAULT_ATTRIBUTES, ...mapping.attributes.map(lower)]);
  const find = (wanted: string) => names.findIndex((n, i) => i > 0 && i < names.length - 1 && lower(n) === wanted && !ignored.has(wanted));
  const series = mapping.series ? find('series') : -1;
  if (mapping.series && series < 0) return wrong('The mapping lets Series choose the indicator, but the file has no Series column.');
  const geoCode = find('geocode');
  const groupParts: number[] = [];
  for (let i = 1; i < names.length - 1; i++) {
    const name = lower(names[i]!);
    if (i === series || i === geoCode || ignored.has(name) || isAttributeName(name, attributes)) continue;
    groupParts.push(i);
  }
  const firstOf = (...wanted: string[]) => names.findIndex((n) => wanted.includes(lower(n)));
  return {
    ok: true,
    columns: {
      names,
      width: cells.length,
      groupParts,
      geoCode,
      series,
      observationStatus: firstOf('observation status', 'obs_status'),
      comment: firstOf('comment_obs', 'comment'),
      value: names.length - 1,
    },
  };
}
