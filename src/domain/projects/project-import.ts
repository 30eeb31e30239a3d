// Validates an imported project list as a whole: every problem in every row
// is reported as data ({ row, column, code, message }), and the rows are
// only handed on when there is none, so an import is all or nothing. Row
// numbers are the spreadsheet's own. Problems have the same shape as the
// figure imports' (src/importers/problem.ts) and share their codes where the
// meaning is the same (missing_value, unknown_goal, empty_file, …).
import { cellText, parseImportDate, parseKroner, splitCodes } from './import-values.js';
import type { CellValue } from './import-values.js';
import { REQUIRED_IMPORT_FIELDS, defaultHeading, fieldForHeading, normaliseHeading } from './project-import-columns.js';
import type { ProjectImportField } from './project-import-columns.js';

export interface ImportProblem {
  /** The spreadsheet's row number; null for the file as a whole. */
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportTable {
  readonly headingRow: number;
  readonly headings: readonly string[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly CellValue[] }[];
}

export interface ImportLookups {
  /** Committees by normalised code and name. */
  readonly committees: ReadonlyMap<string, { id: number; administrationId: number | null }>;
  readonly administrations: ReadonlyMap<string, number>;
  /** Goals of the current policy by normalised code and number. */
  readonly goals: ReadonlyMap<string, number>;
  readonly existingReferences: ReadonlySet<string>;
}

export interface ImportedProject {
  readonly row: number;
  readonly reference: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly owner: string;
  readonly committeeId: number;
  readonly administrationId: number | null;
  readonly goalIds: readonly number[];
  readonly startOn: string;
  readonly endOn: string;
  readonly budgetKr: number | null;
  readonly cofundingKr: number;
  readonly fundingSource: string | null;
  readonly targetGroup: string | null;
  readonly contact: string | null;
  readonly caseNumber: string | null;
  readonly internalNote: string | null;
}

export type ImportResult =
  { readonly ok: true; readonly projects: readonly ImportedProject[] } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export function validateProjectImport(table: ImportTable, lookups: ImportLookups): ImportResult {
  const problems: ImportProblem[] = [];
  const columns = mapColumns(table.headingRow, table.headings, problems);
  if (problems.length > 0) return { ok: false, problems };
  const projects: ImportedProject[] = [];
  const seenReferences = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    if (cells.every((cell) => cellText(cell) === null)) continue;
    const project = validateRow(row, cells, columns, lookups, problems);
    if (project) projects.push(project);
    // Checked on the cell itself, so a duplicate is found even next to a row with other problems.
    const reference = cellText(cells[columns.get('reference')?.index ?? -1] ?? null);
    if (reference === null) continue;
    const earlier = seenReferences.get(reference);
    if (earlier !== undefined)
      problems.push(problem(row, columns, 'reference', 'duplicate_reference', `The number ${reference} is also used in row ${earlier}.`));
    else seenReferences.set(reference, row);
  }
  if (projects.length === 0 && problems.length === 0) problems.push({ row: null, column: null, code: 'empty_file', message: 'The file has no projects.' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, projects };
}

type Columns = ReadonlyMap<ProjectImportField, { index: number; heading: string }>;

function mapColumns(row: number, headings: readonly string[], problems: ImportProblem[]): Columns {
  const columns = new Map<ProjectImportField, { index: number; heading: string }>();
  headings.forEach((heading, index) => {
    if (normaliseHeading(heading) === '') return;
    const field = fieldForHeading(heading);
    if (!field) problems.push({ row, column: heading, code: 'unknown_column', message: `The column "${heading}" is not one Barometer knows.` });
    else if (columns.has(field)) problems.push({ row, column: heading, code: 'duplicate_column', message: `The column "${heading}" appears twice.` });
    else columns.set(field, { index, heading });
  });
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columns.has(field))
      problems.push({ row, column: defaultHeading(field), code: 'missing_column', message: `The file needs a column "${defaultHeading(field)}".` });
  }
  return columns;
}

function problem(row: number, columns: Columns, field: ProjectImportField, code: string, message: string): ImportProblem {
  return { row, column: columns.get(field)?.heading ?? defaultHeading(field), code, message };
}

function validateRow(row: number, cells: readonly CellValue[], columns: Columns, lookups: ImportLookups, problems: ImportProblem[]): ImportedProject | null {
  const before = problems.length;
  const cell = (field: ProjectImportField): CellValue => {
    const column = columns.get(field);
    return column ? (cells[column.index] ?? null) : null;
  };
  const text = (field: ProjectImportField) => cellText(cell(field));
  const report = (field: ProjectImportField, code: string, message: string) => problems.push(problem(row, columns, field, code, message));
  const required = (field: ProjectImportField): string => {
    const value = text(field);
    if (value === null) report(field, 'missing_value', `The ${defaultHeading(field)} is missing.`);
    return value ?? '';
  };

  const title = required('title');
  const owner = required('owner');
  const committeeText = required('committee');
  const committee = committeeText ? lookups.committees.get(normaliseHeading(committeeText)) : undefined;
  if (committeeText && !committee) report('committee', 'unknown_committee', `There is no committee "${committeeText}".`);
  const administrationText = text('administration');
  const administrationId = administrationText ? lookups.administrations.get(normaliseHeading(administrationText)) : undefined;
  if (administrationText && administrationId === undefined)
    report('administration', 'unknown_administration', `There is no administration "${administrationText}".`);
  const goalIds: number[] = [];
  for (const code of splitCodes(cell('goals'))) {
    const id = lookups.goals.get(normaliseHeading(code));
    if (id === undefined) report('goals', 'unknown_goal', `The policy has no goal "${code}".`);
    else if (!goalIds.includes(id)) goalIds.push(id);
  }
  const startOn = readDate('start');
  const endOn = readDate('end');
  if (startOn && endOn && endOn < startOn) report('end', 'end_before_start', `The project ends (${endOn}) before it starts (${startOn}).`);
  const budgetKr = readAmount('budget');
  const cofundingKr = readAmount('cofunding') ?? 0;
  if (budgetKr !== null && cofundingKr > budgetKr) report('cofunding', 'cofunding_above_budget', 'The municipal co-funding is larger than the whole budget.');
  const reference = text('reference');
  if (reference && lookups.existingReferences.has(reference))
    report('reference', 'reference_exists', `A project numbered ${reference} is already in the project bank.`);

  if (problems.length > before || !committee || !startOn || !endOn) return null;
  return {
    row,
    reference,
    title,
    description: text('description'),
    owner,
    committeeId: committee.id,
    administrationId: administrationId ?? committee.administrationId,
    goalIds,
    startOn,
    endOn,
    budgetKr,
    cofundingKr,
    fundingSource: text('funding_source'),
    targetGroup: text('target_group'),
    contact: text('contact'),
    caseNumber: text('case_number'),
    internalNote: text('internal_note'),
  };

  function readDate(field: 'start' | 'end'): string | null {
    const raw = cell(field);
    if (cellText(raw) === null) {
      required(field);
      return null;
    }
    const date = parseImportDate(raw);
    if (!date) report(field, 'invalid_date', `"${cellText(raw)}" is not a date (write 2012-03-01 or 1-3-2012).`);
    return date;
  }

  function readAmount(field: 'budget' | 'cofunding'): number | null {
    const raw = cell(field);
    if (cellText(raw) === null) return null;
    const amount = parseKroner(raw);
    if (amount === null) report(field, 'invalid_amount', `"${cellText(raw)}" is not an amount in whole kroner.`);
    return amount;
  }
}
