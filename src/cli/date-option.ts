// A `--date` option as the commands take it: a real calendar day written
// `YYYY-MM-DD` (so 2013-02-30 is refused, not rolled over into March).
import { CommandError } from './output.js';

export function parseDateOption(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new CommandError(`--date takes a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
