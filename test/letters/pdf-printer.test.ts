// The shared PDF printer: one browser for many jobs, a bounded queue that
// refuses at once beyond it, a deadline per job, and a fresh browser after a
// crash. A stand-in browser counts launches and pages, so the test needs no
// Chromium; the real one prints in pdf.test.ts.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PdfPrinter, PrinterBusy, PrintTimeout } from '../../src/documents/pdf-printer.js';

interface FakeBrowser {
  launches: number;
  open: number;
  peak: number;
  disconnect(): void;
  release(): void;
}

/** A browser whose pages finish printing when released (or at once, when `hold` is false). */
function fakeChromium(hold: boolean) {
  const state: FakeBrowser = { launches: 0, open: 0, peak: 0, disconnect: () => undefined, release: () => undefined };
  let releases: (() => void)[] = [];
  state.release = () => {
    const now = releases;
    releases = [];
    for (const release of now) release();
  };
  const launch = async (): Promise<Browser> => {
    state.launches += 1;
    let onDisconnect: () => void = () => undefined;
    state.disconnect = () => onDisconnect();
    const browser = {
      on: (event: string, listener: () => void) => {
        if (event === 'disconnected') onDisconnect = listener;
      },
      close: async () => undefined,
      newContext: async () => ({
        close: async () => undefined,
        newPage: async () => ({
          route: async () => undefined,
          setContent: async () => undefined,
          pdf: async () => {
            state.open += 1;
            state.peak = Math.max(state.peak, state.open);
            if (hold) await new Promise<void>((resolve) => releases.push(resolve));
            state.open -= 1;
            return Buffer.from('%PDF-fake');
          },
        }),
      }),
    };
    return browser as unknown as Browser;
  };
  return { state, launch };
}

const LIMITS = { maxConcurrent: 2, maxQueued: 3, timeoutMs: 5_000, idleCloseMs: 60_000 };

describe('the shared PDF printer', () => {
  it('starts one browser for many jobs and prints at most two at once', async () => {
    const { state, launch } = fakeChromium(false);
    const printer = new PdfPrinter('/fake', LIMITS, launch);
    const jobs = await Promise.all([1, 2, 3, 4, 5].map(() => printer.print('<p>x</p>')));
    expect(jobs.every((pdf) => pdf.toString() === '%PDF-fake')).toBe(true);
    expect(state.launches).toBe(1);
    expect(state.peak).toBeLessThanOrEqual(2);
    await printer.close();
  });

  it('refuses at once beyond the queue, and serves the queue in turn', async () => {
    const { state, launch } = fakeChromium(true);
    const printer = new PdfPrinter('/fake', LIMITS, launch);
    const accepted = [1, 2, 3, 4, 5].map(() => printer.print('<p>x</p>'));
    await expect(printer.print('<p>one too many</p>')).rejects.toBeInstanceOf(PrinterBusy);
    expect(printer.load).toBe(5);
    while (printer.load > 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      state.release();
    }
    expect((await Promise.all(accepted)).length).toBe(5);
    expect(state.peak).toBe(2);
    await printer.close();
  });

  it('stops a job past its deadline and frees its place', async () => {
    const { state, launch } = fakeChromium(true);
    const printer = new PdfPrinter('/fake', { ...LIMITS, timeoutMs: 50 }, launch);
    await expect(printer.print('<p>slow</p>')).rejects.toBeInstanceOf(PrintTimeout);
    expect(printer.load).toBe(0);
    state.release();
    await printer.close();
  });

  it('starts a new browser after the old one went away', async () => {
    const { state, launch } = fakeChromium(false);
    const printer = new PdfPrinter('/fake', LIMITS, launch);
    await printer.print('<p>x</p>');
    state.disconnect();
    await printer.print('<p>y</p>');
    expect(state.launches).toBe(2);
    await printer.close();
  });
});
