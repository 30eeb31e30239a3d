import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJsonStat } from '../../src/importers/jsonstat-fetch.js';
import { checkMapping, jsonStatMappingSchema } from '../../src/importers/mapping.js';
import type { JsonStatMapping } from '../../src/importers/mapping.js';
import { collectEvents } from '../../src/importers/source-figure.js';

const DATASET = readFileSync(fileURLToPath(new URL('../fixtures/jsonstat/folk1a-kvartal.json', import.meta.url)), 'utf8');
const checked = checkMapping(jsonStatMappingSchema, { indicator: 'befolkning', period: 'Tid', groups: ['KØN'], totals: { KØN: ['TOT'] }, area: 'OMRÅDE' });
const MAPPING = (checked as { ok: true; mapping: JsonStatMapping }).mapping;

// A stand-in for StatBank on 127.0.0.1: it answers the routes below, and records what it was sent.
let server: Server;
let base: string;
const received: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, body });
      if (request.url!.startsWith('/v1/data/FOLK1A/JSONSTAT')) {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(DATASET);
      } else if (request.url === '/broken') {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"version": "2.0", ');
      } else if (request.url === '/large') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(`[${'1,'.repeat(5000)}1]`);
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('no such table');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetching a JSON-stat table by URL', () => {
  it('reads the figures of the dataset the server answers with', async () => {
    const result = await collectEvents(fetchJsonStat(`${base}/v1/data/FOLK1A/JSONSTAT?OMR%C3%85DE=101,147&Tid=*`, MAPPING));
    expect(result.problems).toEqual([]);
    expect(result.figures).toHaveLength(12);
    expect(result.figures[0]).toMatchObject({ period: '2013K1', area: { code: '101', name: 'København' }, value: 549050 });
    expect(received.at(-1)).toMatchObject({ method: 'GET', url: '/v1/data/FOLK1A/JSONSTAT?OMR%C3%85DE=101,147&Tid=*' });
  });

  it('sends a table request as JSON when given one', async () => {
    const request = { table: 'FOLK1A', format: 'JSONSTAT', variables: [{ code: 'Tid', values: ['*'] }] };
    const result = await collectEvents(fetchJsonStat(`${base}/v1/data/FOLK1A/JSONSTAT`, MAPPING, { body: request }));
    expect(result.figures).toHaveLength(12);
    expect(received.at(-1)).toMatchObject({ method: 'POST' });
    expect(JSON.parse(received.at(-1)!.body)).toEqual(request);
  });

  it('turns every failure into one fetch_failed problem', async () => {
    const problems = async (url: string, options = {}) => (await collectEvents(fetchJsonStat(url, MAPPING, options))).problems;
    expect(await problems(`${base}/v1/data/NOPE`)).toMatchObject([{ code: 'fetch_failed', message: expect.stringContaining('404') }]);
    expect(await problems(`${base}/broken`)).toMatchObject([{ code: 'fetch_failed', message: expect.stringContaining('did not send JSON') }]);
    expect(await problems(`${base}/large`, { maxBytes: 1000 })).toMatchObject([
      { code: 'fetch_failed', message: expect.stringContaining('more than 1000 bytes') },
    ]);
    // A port nobody listens on: connection refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await problems(`http://127.0.0.1:${port}/`)).toMatchObject([{ code: 'fetch_failed', message: expect.stringContaining('ECONNREFUSED') }]);
  });
});
