// Fetches a JSON-stat dataset by URL, as Statistics Denmark's StatBank API
// serves a table (`https://api.statbank.dk/v1/data/<TABLE>/JSONSTAT?...`).
// A failure (unreachable server, HTTP error, a body that is not JSON or too
// large, a timeout) comes back as one `fetch_failed` problem, never thrown.
import { fileProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk } from './source-figure.js';
import type { JsonStatMapping } from './mapping.js';
import { readJsonStat } from './jsonstat.js';

export interface FetchOptions {
  /** Gives up after this long (default 60 s). */
  readonly timeoutMs?: number;
  /** Refuses bodies larger than this (default 50 MB). */
  readonly maxBytes?: number;
  /** StatBank also answers a POST with the table request as JSON. */
  readonly body?: unknown;
}

export type FetchResult = { ok: true; json: unknown } | { ok: false; message: string };

async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchJson(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: { accept: 'application/json', ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { ok: false, message: `${url} cannot be reached (${cause}).` };
  }
  if (!response.ok) return { ok: false, message: `${url} answered ${response.status} ${response.statusText}.` };
  try {
    const text = await readLimited(response, maxBytes);
    if (text === null) return { ok: false, message: `${url} sent more than ${maxBytes} bytes.` };
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${url} did not send JSON (${(error as Error).message}).` };
  }
}

/** The figures of the dataset at a URL. */
export async function* fetchJsonStat(url: string, mapping: JsonStatMapping, options: FetchOptions = {}): AsyncGenerator<EventChunk> {
  const result = await fetchJson(url, options);
  if (!result.ok) {
    yield [problemEvent(fileProblem('fetch_failed', result.message))];
    return;
  }
  yield* readJsonStat(result.json, mapping);
}
