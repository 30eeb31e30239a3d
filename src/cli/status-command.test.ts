// `barometer status` through real streams: one answer per non-empty line,
// in order, errors as data, and streaming rather than reading everything first.
import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { runStatusCommand } from './status-command.js';

async function run(input: string): Promise<{ code: number; lines: unknown[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const collected = text(stdout);
  const running = runStatusCommand(stdin, stdout);
  stdin.end(input);
  const code = await running;
  stdout.end();
  const lines = (await collected)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
  return { code, lines };
}

const example = {
  id: 'x',
  method: 'opensdg',
  series: [
    {
      key: 's1',
      group: ['g'],
      direction: 'increase',
      baseline: '2015',
      target: 3.5,
      targetPeriod: '2030',
      limit: null,
      tolerance: 0,
      precision: 1,
      observations: [
        { period: '2015', value: 12.3 },
        { period: '2016', value: 11.9 },
      ],
    },
  ],
};

const workedExample = (id: string) => ({
  id,
  method: 'opensdg',
  series: [
    {
      key: 'total',
      direction: 'decrease',
      baseline: 2015,
      target: 1,
      targetPeriod: 2030,
      observations: [
        { period: 2015, value: 10 },
        { period: 2016, value: 30 },
      ],
    },
  ],
});

describe('runStatusCommand', () => {
  it('answers the example of the issue', async () => {
    const { code, lines } = await run(JSON.stringify(example) + '\n');
    expect(code).toBe(0);
    // 11.9 is already above the target of 3.5 when higher is better.
    expect(lines).toEqual([
      {
        id: 'x',
        status: 'target_achieved',
        score: 5,
        series: [{ key: 's1', status: 'target_achieved', score: 5, progressValue: expect.closeTo(-0.40460846, 8) }],
      },
    ]);
  });

  it('gives the worked example its Open SDG numbers', async () => {
    const { lines } = await run(JSON.stringify(workedExample('w')));
    expect(lines).toEqual([
      {
        id: 'w',
        status: 'deterioration',
        score: -5,
        series: [{ key: 'total', status: 'deterioration', score: -5, progressValue: expect.closeTo(-14.054408693747053, 9) }],
      },
    ]);
  });

  it('answers invalid lines with their number and carries on', async () => {
    const input = [
      JSON.stringify(workedExample('first')),
      '{"id": "broken", ',
      '',
      JSON.stringify({ id: 'no-direction', series: [{ key: 's', observations: [] }] }),
      JSON.stringify({ id: 'bad-period', series: [{ key: 's', direction: 'increase', observations: [{ period: '20x5', value: 1 }] }] }),
      '   ',
      JSON.stringify(workedExample('last')),
    ].join('\n');
    const { code, lines } = await run(input);
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.objectContaining({ id: 'first', status: 'deterioration' }),
      { line: 2, error: 'not valid JSON' },
      { line: 4, error: expect.stringMatching(/^series\.0\.direction: /) },
      { line: 5, error: 'series "s": "20x5" is not a period' },
      expect.objectContaining({ id: 'last', status: 'deterioration' }),
    ]);
  });

  it('judges direction and trajectory per series, with the first (or named) series as headline', async () => {
    const observations = [
      { period: '2010', value: 71.2 },
      { period: '2012', value: 74.0 },
    ];
    const line = {
      id: 7,
      series: [
        { key: 'total', direction: 'increase', tolerance: 0.5, precision: 1, observations },
        { key: 'gap', direction: 'decrease', tolerance: 0.5, observations },
      ],
    };
    const trajectory = { ...line, id: 8, method: 'trajectory', headline: 'gap' };
    const { code, lines } = await run([line, trajectory].map((l) => JSON.stringify(l)).join('\r\n') + '\r\n');
    expect(code).toBe(0);
    expect(lines).toEqual([
      {
        id: 7,
        status: 'progress',
        score: null,
        series: [
          { key: 'total', status: 'progress', score: null, progressValue: null },
          { key: 'gap', status: 'regress', score: null, progressValue: null },
        ],
      },
      // No targets: trajectory falls back to direction, and the headline is `gap`.
      expect.objectContaining({ id: 8, status: 'regress', score: null }),
    ]);
  });

  it('accepts Open SDG spellings, a byte-order mark and missing figures', async () => {
    const line = {
      series: [
        {
          key: 's',
          direction: 'positive',
          observations: [
            { period: '2015', value: 8 },
            { period: '2018', value: null },
            { period: '2020', value: 8.25 },
          ],
        },
      ],
    };
    const { code, lines } = await run('\uFEFF' + JSON.stringify({ ...line, method: 'opensdg' }));
    expect(code).toBe(0);
    expect(lines).toEqual([
      {
        id: null,
        status: 'moderate_progress',
        score: expect.closeTo(0.293327135694772, 9),
        series: [
          { key: 's', status: 'moderate_progress', score: expect.closeTo(0.293327135694772, 9), progressValue: expect.closeTo(0.006173308542779088, 12) },
        ],
      },
    ]);
  });

  it('answers a line before the input has ended', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const running = runStatusCommand(stdin, stdout);
    stdin.write(JSON.stringify(workedExample('early')) + '\n');
    const [chunk] = (await once(stdout, 'data')) as [Buffer];
    expect(JSON.parse(chunk.toString())).toMatchObject({ id: 'early' });
    stdin.end();
    expect(await running).toBe(0);
  });

  it('waits for a slow reader without losing or reordering answers', async () => {
    const stdin = new PassThrough();
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 256,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const running = runStatusCommand(stdin, slow);
    const count = 2_000;
    for (let i = 0; i < count; i++) stdin.write(JSON.stringify(workedExample(`n${i}`)) + '\n');
    stdin.end();
    expect(await running).toBe(0);
    const ids = received
      .join('')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(count);
    expect(ids[0]).toBe('n0');
    expect(ids[count - 1]).toBe(`n${count - 1}`);
    expect(ids.every((id, i) => id === `n${i}`)).toBe(true);
  });

  it('finishes when the input ends before a full output has drained', async () => {
    // The whole input arrives with its end, so readline has closed by the
    // time the answers are written, and the first write already fills the output.
    const received: string[] = [];
    const full = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString());
        setTimeout(done, 5);
      },
    });
    const stdin = new PassThrough();
    const running = runStatusCommand(stdin, full);
    stdin.end([JSON.stringify(workedExample('a')), JSON.stringify(workedExample('b'))].join('\n'));
    expect(await running).toBe(0);
    const ids = received
      .join('')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['a', 'b']);
  });

  it('handles 100,000 lines', async () => {
    const line = JSON.stringify(workedExample('bulk'));
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let answers = 0;
    stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) answers++;
    });
    const running = runStatusCommand(stdin, stdout);
    const batch = (line + '\n').repeat(1_000);
    for (let i = 0; i < 100; i++) if (!stdin.write(batch)) await once(stdin, 'drain');
    stdin.end();
    expect(await running).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answers).toBe(100_000);
  });
});
