// The progress of a long import on stderr, so stdout keeps only the report:
// on a terminal one line rewritten in place; into a file or a pipe a plain
// line now and then, so a log shows the import is alive without thousands
// of lines.
import type { ImportProgress } from '../services/imports/read-source.js';

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

export interface ProgressLine {
  readonly onProgress: (progress: ImportProgress) => void;
  /** Clears the line on a terminal, before the report is printed. */
  done(): void;
}

const TERMINAL_INTERVAL_MS = 100;
const PLAIN_INTERVAL_MS = 5000;

export function describeProgress(progress: ImportProgress): string {
  const figures = `${progress.figures.toLocaleString('en')} figure(s) read`;
  return progress.files ? `${progress.files.done} of ${progress.files.total} file(s), ${figures}` : figures;
}

export function importProgressLine(stream: ProgressStream = process.stderr, now: () => number = Date.now): ProgressLine {
  const terminal = stream.isTTY === true;
  const interval = terminal ? TERMINAL_INTERVAL_MS : PLAIN_INTERVAL_MS;
  let last = now();
  let shown = false;
  return {
    onProgress(progress) {
      const at = now();
      if (at - last < interval) return;
      last = at;
      shown = true;
      stream.write(terminal ? `\r\x1b[2K${describeProgress(progress)}` : `${describeProgress(progress)}\n`);
    },
    done() {
      if (terminal && shown) stream.write('\r\x1b[2K');
    },
  };
}
