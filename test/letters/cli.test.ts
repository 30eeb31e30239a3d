// `barometer letter` as a user runs it: a letter from the demo data written
// to a file in the format asked for, and one clear line for a wrong call.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { runBarometer } from '../support/run-cli.js';
import { docxText, loadFullDemo } from './support.js';

describe.each(ENGINES)('barometer letter on %s', (engine) => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
    dir = mkdtempSync(join(tmpdir(), 'barometer-letter-cli-'));
    env = { DATABASE_URL: database.url };
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the orientation letter on the latest release as HTML, dated as asked, with the deadlines still to come', async () => {
    const file = join(dir, 'orientation.html');
    const result = await runBarometer(['letter', 'orientation', '--release', 'latest', '--date', '2013-01-21', '--format', 'html', '--out', file], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote the orientation letter \(da, html, \d+ bytes\) to /);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('nye tal for 14 af de 15 indikatorer');
    expect(html).toContain('Dato: 21. januar 2013');
    expect(html).toContain('16. maj 2013: Revideret handleplan');
  }, 60_000);

  it("writes a committee's challenge letter in English as DOCX", async () => {
    const file = join(dir, 'challenge.docx');
    const result = await runBarometer(['letter', 'challenge', '--committee', 'SOU', '--lang', 'en', '--format', 'docx', '--out', file], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = docxText(readFileSync(file));
    expect(text).toContain('Challenge letter to the Social Services Committee');
    expect(text).toContain('Annex 1: Catalogue of consultation input');
  }, 60_000);

  it('refuses a wrong call with one line and writes nothing', async () => {
    const file = join(dir, 'nothing.docx');
    const noCommittee = await runBarometer(['letter', 'challenge', '--format', 'docx', '--out', file], env);
    expect(noCommittee.code).toBe(1);
    expect(noCommittee.stderr.trim()).toBe('barometer: a challenge letter needs --committee CODE');
    const badDate = await runBarometer(['letter', 'report', '--date', '2013-02-30', '--format', 'html', '--out', file], env);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr.trim()).toBe('barometer: --date takes a date as YYYY-MM-DD, not "2013-02-30"');
    const badFormat = await runBarometer(['letter', 'report', '--format', 'odt', '--out', file], env);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr.trim()).toBe('barometer: --format must be one of docx, html, pdf');
    const noRelease = await runBarometer(['letter', 'report', '--release', '9999', '--format', 'html', '--out', file], env);
    expect(noRelease.code).toBe(1);
    expect(noRelease.stderr.trim()).toBe('barometer: There is no release 9999.');
    expect(existsSync(file)).toBe(false);
  }, 90_000);

  it('prints with the Chromium that CHROMIUM_PATH names, before any other', async () => {
    // /bin/false is no browser: the PDF fails, which shows the configured path was the one tried.
    const file = join(dir, 'configured.pdf');
    const result = await runBarometer(['letter', 'report', '--format', 'pdf', '--out', file], { ...env, CHROMIUM_PATH: '/bin/false' });
    expect(result.code).not.toBe(0);
    expect(existsSync(file)).toBe(false);
  }, 60_000);

  // The PDF step does not depend on the engine, so it runs once, on SQLite.
  const onceWithChromium = engine === 'sqlite' ? it.skipIf(!existsSync('/usr/bin/chromium')) : () => undefined;
  onceWithChromium(
    'writes the annual report as PDF through Chromium (skipped: /usr/bin/chromium is not installed)',
    async () => {
      const file = join(dir, 'report.pdf');
      const result = await runBarometer(['letter', 'report', '--format', 'pdf', '--out', file], env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );
});
