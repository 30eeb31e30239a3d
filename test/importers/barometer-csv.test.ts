import { describe, expect, it } from 'vitest';
import { readBarometerCsv } from '../../src/importers/barometer-csv.js';
import { collectEvents } from '../../src/importers/source-figure.js';
import { bytesOf } from '../imports/support/sources.js';

const read = (content: string | Buffer) => collectEvents(readBarometerCsv(bytesOf(content)));
const codes = (result: Awaited<ReturnType<typeof read>>) => result.problems.map((p) => [p.row, p.column, p.code]);

describe("Barometer's template as CSV", () => {
  it('reads `;`, decimal commas, Danish column names, flags and notes', async () => {
    const result = await read(
      'indikator;periode;gruppe;område;værdi;flags;note\r\nbeskaeftigelse;2013;etnisk-minoritet;kbh;54,1;p;"foreløbig; DST"\r\nledighed;2013K1;;;5,8;e p;\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.figures).toMatchObject([
      {
        row: 2,
        indicator: 'beskaeftigelse',
        period: '2013',
        group: { code: 'etnisk-minoritet', name: null },
        area: { code: 'kbh', name: null },
        value: 54.1,
        provisional: true,
        estimated: false,
        note: 'foreløbig; DST',
      },
      { row: 3, indicator: 'ledighed', period: '2013K1', group: null, area: null, value: 5.8, provisional: true, estimated: true, note: null },
    ]);
  });

  it('reads `,` with decimal points, or with decimal commas in quotes, columns in any order', async () => {
    const result = await read('value,period,indicator\n52.3,2012,a\n"52,4",2013,a\n');
    expect(result.figures.map((f) => [f.indicator, f.period, f.value])).toEqual([
      ['a', '2012', 52.3],
      ['a', '2013', 52.4],
    ]);
  });

  it('reads tab-separated text and a Windows-1252 file', async () => {
    const tabbed = await read('indicator\tperiod\tvalue\na\t2013\t1,5\n');
    expect(tabbed.figures[0]).toMatchObject({ value: 1.5 });
    const windows = await read(Buffer.from('indikator;periode;område;værdi\na;2013;Nørrebro;1,5\n', 'latin1'));
    expect(windows.figures[0]).toMatchObject({ area: { code: 'Nørrebro' }, value: 1.5 });
  });

  it('numbers rows as a spreadsheet does: blank lines count, a quoted line break does not start a row', async () => {
    const result = await read('indicator;period;value;note\na;2011;1;"two\nlines"\n\na;2012;x;\n;;;\n');
    expect(result.figures.map((f) => f.row)).toEqual([2]);
    expect(codes(result)).toEqual([[4, 'value', 'not_a_number']]);
  });

  it('leaves out rows without a value (a pre-filled template not filled in) but counts them', async () => {
    const result = await read('indicator;period;group;value\na;2013;total;\na;2013;kvinder;4\n');
    expect(result.skipped).toBe(1);
    expect(result.figures).toHaveLength(1);
  });

  it('reports every problem of a row with its column', async () => {
    const result = await read('indicator;period;value;flags\n;;NaN;x\na;2013;Infinity;\na;2014;1;;extra\n');
    expect(codes(result)).toEqual([
      [2, 'indicator', 'missing_value'],
      [2, 'period', 'missing_value'],
      [2, 'value', 'nan'],
      [2, 'flags', 'unknown_flag'],
      [3, 'value', 'infinite'],
      [4, null, 'malformed_row'],
    ]);
  });

  it.each([
    ['a header without value', 'indicator;period\na;2013\n', /lacks value/],
    ['an unknown column', 'indicator;period;value;colour\n', /"colour" is not a column/],
    ['a column twice', 'indicator;period;value;værdi\n', /appears twice/],
    ['a column without a name', 'indicator;;period;value\n', /column 2 has no name/],
  ])('refuses %s as the wrong header', async (_, content, message) => {
    const result = await read(content);
    expect(codes(result)).toEqual([[1, null, 'wrong_header']]);
    expect(result.problems[0]!.message).toMatch(message);
  });

  it('reports an empty file, a quote never closed, and text it will not decode', async () => {
    expect(codes(await read(''))).toEqual([[null, null, 'empty_file']]);
    expect(codes(await read('\n\n'))).toEqual([[null, null, 'empty_file']]);
    expect(codes(await read('indicator;period;value\na;2013;"1\n'))).toEqual([[2, null, 'malformed_row']]);
    expect(codes(await read(Buffer.from([0xff, 0xfe, 0x61, 0x00])))).toEqual([[null, null, 'invalid_encoding']]);
    // One endless line is not a table, and is not held in memory whole.
    const endless = await read(`indicator;period;value\na;2013;${'9'.repeat(1_200_000)}`);
    expect(codes(endless)).toEqual([[2, null, 'malformed_row']]);
  });
});
