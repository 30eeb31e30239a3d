// `barometer status`: the status engine as a filter for analysts and checks.
// Reads one indicator per JSON line, writes one JSON line per non-empty
// input line, in the same order. A line that cannot be judged is answered
// with `{"line": N, "error": "..."}` and the rest carry on. It streams:
// answers are written as the input arrives, in batches per chunk read, and
// reading pauses while the output cannot take more.
//
// Per-series settings follow Open SDG's configuration (direction, baseline,
// target, targetPeriod, limit) plus tolerance and precision. For `direction`
// and `trajectory`, the indicator takes the status of its headline series:
// the one named by the optional `headline` field, else the first. Each
// series is still judged and listed; a colour vote across series would give
// a colour but no status code of the method, so it is left to roll-ups.

import { createInterface } from 'node:readline';
import { z } from 'zod';
import { computeIndicatorStatus } from '../domain/status/index.js';
import type { Direction, StatusIndicatorInput, StatusInputError } from '../domain/status/index.js';

/** Periods may be written as JSON numbers (2015) as well as strings. */
const periodLabel = z.union([z.string(), z.number().int()]).transform(String);

const DIRECTIONS: Record<string, Direction> = {
  increase: 'increase',
  decrease: 'decrease',
  positive: 'increase',
  negative: 'decrease',
  '1': 'increase',
  '-1': 'decrease',
};

const direction = z
  .union([z.enum(['increase', 'decrease', 'positive', 'negative']), z.literal(1), z.literal(-1)], {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be increase or decrease (or positive, negative, 1, -1)'),
  })
  .transform((value) => DIRECTIONS[String(value)]!);

const seriesSchema = z.object({
  key: z.union([z.string(), z.number()]).transform(String),
  group: z.array(z.string()).nullish(),
  direction,
  baseline: periodLabel.nullish(),
  target: z.number().nullish(),
  targetPeriod: periodLabel.nullish(),
  limit: z.number().nullish(),
  tolerance: z.number().min(0).nullish(),
  precision: z.number().int().min(0).max(12).nullish(),
  /** A null value is a missing figure and is left out, as Open SDG drops empty values. */
  observations: z.array(z.object({ period: periodLabel, value: z.number().nullable() })),
});

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  method: z.enum(['direction', 'trajectory', 'opensdg']).nullish(),
  headline: z.string().nullish(),
  series: z.array(seriesSchema).min(1),
});

type StatusLine = z.infer<typeof lineSchema>;

function toIndicatorInput(line: StatusLine): StatusIndicatorInput {
  return {
    method: line.method ?? 'direction',
    headlineKey: line.headline ?? undefined,
    series: line.series.map((series) => ({
      key: series.key,
      group: series.group ?? undefined,
      direction: series.direction,
      baselinePeriod: series.baseline ?? undefined,
      target: series.target === undefined || series.target === null ? null : { value: series.target, period: series.targetPeriod ?? undefined },
      limit: series.limit ?? null,
      tolerance: series.tolerance ?? undefined,
      precision: series.precision ?? undefined,
      observations: series.observations.filter((observation): observation is { period: string; value: number } => observation.value !== null),
    })),
  };
}

function describeInputErrors(errors: readonly StatusInputError[]): string {
  return errors.map((error) => (error.seriesKey === undefined ? error.message : `series "${error.seriesKey}": ${error.message}`)).join('; ');
}

function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** The answer to one input line, and whether the line was invalid. */
function answerStatusLine(text: string, lineNumber: number): { readonly json: string; readonly invalid: boolean } {
  const fail = (error: string) => ({ json: JSON.stringify({ line: lineNumber, error }), invalid: true });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not valid JSON');
  }
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) return fail(describeSchemaError(parsed.error));
  const result = computeIndicatorStatus(toIndicatorInput(parsed.data));
  if (!result.ok) return fail(describeInputErrors(result.errors));
  const { judgement } = result;
  const answer = {
    id: parsed.data.id ?? null,
    status: judgement.status,
    score: judgement.score ?? null,
    series: judgement.series.map((series) => ({
      key: series.key,
      status: series.status,
      score: series.opensdg?.score ?? null,
      progressValue: series.opensdg?.progressValue ?? null,
    })),
  };
  return { json: JSON.stringify(answer), invalid: false };
}

/**
 * Answers every line of `input` on `output` and resolves with the exit code:
 * 0 when every line was judged, 1 when any line was invalid. Does not end
 * `output` (it is usually stdout).
 */
export function runStatusCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNumber = 0;
    let anyInvalid = false;
    let pending = '';
    let flushScheduled = false;
    let waitingForDrain = false;
    let inputClosed = false;

    const finishIfDone = (): void => {
      if (inputClosed && !flushScheduled && !waitingForDrain && pending === '') resolve(anyInvalid ? 1 : 0);
    };
    // Answers collected while one chunk of input is split into lines go out in one write.
    const flush = (): void => {
      flushScheduled = false;
      if (pending !== '') {
        const chunk = pending;
        pending = '';
        if (!output.write(chunk)) {
          waitingForDrain = true;
          // A flush runs after the chunk's lines, and the input may have ended
          // in between: readline has then closed (Node 24 refuses to pause or
          // resume it after that), and there is nothing left to hold back.
          if (!inputClosed) lines.pause();
          output.once('drain', () => {
            waitingForDrain = false;
            if (!inputClosed) lines.resume();
            finishIfDone();
          });
        }
      }
      finishIfDone();
    };

    lines.on('line', (text) => {
      lineNumber++;
      const line = lineNumber === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      if (line.trim() === '') return;
      let answer: { json: string; invalid: boolean };
      try {
        answer = answerStatusLine(line, lineNumber);
      } catch (error) {
        answer = { json: JSON.stringify({ line: lineNumber, error: `internal error: ${String(error)}` }), invalid: true };
      }
      if (answer.invalid) anyInvalid = true;
      pending += answer.json + '\n';
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    });
    lines.on('close', () => {
      inputClosed = true;
      finishIfDone();
    });
    input.on('error', reject);
    output.on('error', reject);
  });
}
