// The import's progress line: rewritten in place on a terminal, a plain line
// now and then into a pipe or a log, cleared before the report is printed.
import { describe, expect, it } from 'vitest';
import { importProgressLine } from '../../src/cli/import-progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => written.push(text) > 0 };
}

const progress = (done: number, figures: number) => ({ figures, staged: 0, files: { done, total: 12 } });

describe('the import progress line', () => {
  it('rewrites one line on a terminal, at most ten times a second, and clears it at the end', () => {
    const out = stream(true);
    let now = 0;
    const line = importProgressLine(out, () => now);
    now = 50;
    line.onProgress(progress(1, 500));
    now = 150;
    line.onProgress(progress(3, 12_345));
    line.done();
    expect(out.written).toEqual(['\r\x1b[2K3 of 12 file(s), 12,345 figure(s) read', '\r\x1b[2K']);
  });

  it('writes a plain line every five seconds into a pipe, and nothing to clear', () => {
    const out = stream(false);
    let now = 0;
    const line = importProgressLine(out, () => now);
    for (now = 1000; now <= 11_000; now += 1000) line.onProgress(progress(now / 1000, now));
    line.done();
    expect(out.written).toEqual(['5 of 12 file(s), 5,000 figure(s) read\n', '10 of 12 file(s), 10,000 figure(s) read\n']);
  });
});
