// Import problems are data, not exceptions: every reader and the validation
// pipeline report what is wrong as `{ row, column, code, message }`, so a
// user sees every problem of a file at once and nothing is half-applied.
// The codes are stable; screens and tests rely on them, messages may change.

export const PROBLEM_CODES = [
  // The file as a whole
  'empty_file',
  'wrong_header',
  'invalid_encoding',
  'unreadable_file',
  'file_too_large',
  'malformed_row',
  'invalid_mapping',
  'invalid_jsonstat',
  'unmapped_dimension',
  'fetch_failed',
  // One cell or row
  'missing_value',
  'not_a_number',
  'nan',
  'infinite',
  'unknown_flag',
  'unknown_indicator',
  'unknown_group',
  'unknown_area',
  'unknown_period',
  'unknown_goal',
  'wrong_period_type',
  'out_of_range',
  'duplicate_key',
  'too_long',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  /** Row in the source, counted as a spreadsheet does (the header is row 1); null for the whole file. */
  readonly row: number | null;
  /** The column (or JSON-stat dimension) at fault; null for a whole row or file. */
  readonly column: string | null;
  readonly code: ProblemCode;
  readonly message: string;
  /** The file within a source of many files (an Open SDG repository), as a path inside it; absent for a source of one file. */
  readonly file?: string;
}

export function fileProblem(code: ProblemCode, message: string): ImportProblem {
  return { row: null, column: null, code, message };
}

export function cellProblem(row: number, column: string | null, code: ProblemCode, message: string): ImportProblem {
  return { row, column, code, message };
}

/** The problem, placed in a file of a source of many files; unchanged when there is no file to name. */
export function inFile(problem: ImportProblem, file: string | undefined): ImportProblem {
  return file === undefined || problem.file !== undefined ? problem : { ...problem, file };
}
