// The header of Barometer's own template: one figure per row, in long
// format. Column names may be English or Danish and in any order; indicator,
// period and value are required. An unknown or repeated column is refused,
// because it usually means the wrong file or a shifted sheet.
import type { FigureColumns } from './source-figure.js';
import { fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';

export const TEMPLATE_FIELDS = ['indicator', 'period', 'group', 'area', 'value', 'flags', 'note'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const REQUIRED: readonly TemplateField[] = ['indicator', 'period', 'value'];

const ALIASES: Record<string, TemplateField> = {
  indicator: 'indicator',
  indikator: 'indicator',
  period: 'period',
  periode: 'period',
  group: 'group',
  gruppe: 'group',
  area: 'area',
  område: 'area',
  omraade: 'area',
  value: 'value',
  værdi: 'value',
  vaerdi: 'value',
  flags: 'flags',
  flag: 'flags',
  markering: 'flags',
  markeringer: 'flags',
  note: 'note',
  notes: 'note',
  bemærkning: 'note',
};

export interface TemplateHeader {
  /** Position of each field in a row; -1 when the file has no such column. */
  readonly position: Readonly<Record<TemplateField, number>>;
  readonly width: number;
  readonly columns: FigureColumns;
}

const normalise = (name: string) =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

export function readTemplateHeader(cells: readonly string[]): { ok: true; header: TemplateHeader } | { ok: false; problem: ImportProblem } {
  const position = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, -1])) as Record<TemplateField, number>;
  const names = {} as Record<TemplateField, string>;
  let width = cells.length;
  while (width > 0 && normalise(cells[width - 1]!) === '') width -= 1;
  for (let i = 0; i < width; i++) {
    const name = normalise(cells[i]!);
    const field = ALIASES[name];
    if (!field) {
      const shown = name === '' ? `column ${i + 1} has no name` : `"${cells[i]!.trim()}" is not a column of the template`;
      return { ok: false, problem: wrongHeader(`${shown}; expected ${TEMPLATE_FIELDS.join(', ')}.`) };
    }
    if (position[field] >= 0) return { ok: false, problem: wrongHeader(`The column "${field}" appears twice.`) };
    position[field] = i;
    names[field] = cells[i]!.replace(/^\uFEFF/, '').trim();
  }
  const missing = REQUIRED.filter((f) => position[f] < 0);
  if (missing.length > 0) {
    return { ok: false, problem: wrongHeader(`The header lacks ${missing.join(', ')}; expected ${TEMPLATE_FIELDS.join(', ')}.`) };
  }
  const columns: FigureColumns = {
    indicator: names.indicator,
    period: names.period,
    group: names.group ?? 'group',
    area: names.area ?? 'area',
    value: names.value,
  };
  return { ok: true, header: { position, width, columns } };
}

function wrongHeader(message: string): ImportProblem {
  return { ...fileProblem('wrong_header', message), row: 1 };
}
