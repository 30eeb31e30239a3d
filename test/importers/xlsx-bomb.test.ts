// Workbooks built to take the server down are refused within seconds, with
// memory bounded, whichever way their size is hidden: a decompression bomb in
// the shared strings (4.8 GB from 5 MB, its size declared falsely or not), a
// sheet of millions of rows, a sheet that lies about its size. The fixtures
// are made here (handmade-xlsx.ts), never committed. Time and peak memory are
// printed, so a slower machine shows its figures.
import { describe, expect, it } from 'vitest';
import { MAX_WORKBOOK_ROWS } from '../../src/importers/barometer-xlsx.js';
import { openSource } from '../../src/importers/open-source.js';
import type { ImportProblem } from '../../src/importers/problem.js';
import { handmadeWorkbook, sharedStringsOf, sheetOf } from './support/handmade-xlsx.js';

const HEADER = ['indicator', 'period', 'value'];
const MB = 1024 * 1024;

/** Reads an uploaded workbook as the upload screen does, keeping only its problems; how long it took and how far memory rose. */
async function importUpload(bytes: Buffer): Promise<{ problems: ImportProblem[]; seconds: number; rssGrowthMb: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const problems: ImportProblem[] = [];
  try {
    const source = await openSource({ name: 'bombe.xlsx', bytes });
    for await (const chunk of source.events) for (const event of chunk) if (event.kind === 'problem') problems.push(event.problem);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { problems, seconds: (performance.now() - started) / 1000, rssGrowthMb: Math.round((peak - before) / MB) };
}

function report(name: string, bytes: Buffer, result: { problems: ImportProblem[]; seconds: number; rssGrowthMb: number }): void {
  console.log(
    `${name}: ${(bytes.length / MB).toFixed(1)} MB refused in ${result.seconds.toFixed(2)} s, RSS +${result.rssGrowthMb} MB: ${result.problems.map((p) => `${p.code} (${p.message})`).join('; ')}`,
  );
}

const SHARED_STRING_BOMB = { piece: `<si><t>${'a'.repeat(MB)}</t></si>`, times: 4600 }; // ~4.8 GB of shared strings

describe('workbooks that would take the server down', () => {
  it('refuses a shared-strings bomb that declares a small size as soon as it unpacks past it', async () => {
    const bytes = handmadeWorkbook(sharedStringsOf(HEADER, SHARED_STRING_BOMB), sheetOf(3), { sharedStrings: 100_000 });
    expect(bytes.length).toBeGreaterThan(4 * MB);
    const result = await importUpload(bytes);
    report('shared strings, small size declared', bytes, result);
    expect(result.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(result.seconds).toBeLessThan(10);
    expect(result.rssGrowthMb).toBeLessThan(300);
  });

  it('refuses a shared-strings bomb that declares its size at once', async () => {
    const bytes = handmadeWorkbook(sharedStringsOf(HEADER, { ...SHARED_STRING_BOMB, times: 3000 }), sheetOf(3)); // 3.1 GB, declared truly
    const result = await importUpload(bytes);
    report('shared strings, true size declared', bytes, result);
    expect(result.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(result.seconds).toBeLessThan(10);
    expect(result.rssGrowthMb).toBeLessThan(300);
  });

  it('refuses a sheet of 5.47 million rows when it passes the row limit', async () => {
    const bytes = handmadeWorkbook(sharedStringsOf(HEADER), sheetOf(3, { piece: '<row/>'.repeat(10_000), times: 547 }));
    const result = await importUpload(bytes);
    report('5.47 million empty rows', bytes, result);
    expect(result.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(result.problems[0]!.message).toContain(MAX_WORKBOOK_ROWS.toLocaleString('en'));
    expect(result.seconds).toBeLessThan(10);
    expect(result.rssGrowthMb).toBeLessThan(300);
  });

  it('refuses a sheet that unpacks to more than it declares, and 600,000 shared strings', async () => {
    const lying = handmadeWorkbook(sharedStringsOf(HEADER), sheetOf(3, { piece: '<row/>'.repeat(10_000), times: 100 }), { sheet: 5000 });
    const lied = await importUpload(lying);
    report('sheet larger than declared', lying, lied);
    expect(lied.problems.map((p) => p.code)).toEqual(['file_too_large']);
    const many = handmadeWorkbook(sharedStringsOf(HEADER, { piece: '<si><t>x</t></si>'.repeat(10_000), times: 60 }), sheetOf(3));
    const counted = await importUpload(many);
    report('600,000 shared strings', many, counted);
    expect(counted.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(counted.seconds).toBeLessThan(10);
  });

  it('still reads a handmade workbook within the limits', async () => {
    const bytes = handmadeWorkbook(
      sharedStringsOf([...HEADER, 'tryghed']),
      sheetOf(3, undefined, '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>2013</v></c><c r="C2"><v>81.5</v></c></row>'),
    );
    const source = await openSource({ name: 'lille.xlsx', bytes });
    const events = [];
    for await (const chunk of source.events) events.push(...chunk);
    expect(events.filter((e) => e.kind === 'problem')).toEqual([]);
    expect(events.length).toBe(1);
  });
});
