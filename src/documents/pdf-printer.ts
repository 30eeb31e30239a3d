// One Chromium for all PDF printing in a process. Launching a browser per
// request let eight parallel exports start over a hundred processes and a
// gigabyte of memory; here one browser is started on first use and shared,
// at most `maxConcurrent` pages print at once, at most `maxQueued` requests
// wait, each job has a deadline, and the browser closes itself when idle.
// A request beyond the queue is refused at once (PrinterBusy, 503) rather
// than piling up.
import type { Browser } from 'playwright-core';
import { launchPrintingChromium } from './chromium.js';

export class PrinterBusy extends Error {
  readonly statusCode = 503;
  constructor() {
    super('The PDF printer is busy. Try again in a moment, or export the letter as DOCX or HTML.');
  }
}

export class PrintTimeout extends Error {
  readonly statusCode = 503;
  constructor(ms: number) {
    super(`Printing the PDF took longer than ${ms / 1000} s and was stopped.`);
  }
}

export interface PrinterLimits {
  readonly maxConcurrent: number;
  readonly maxQueued: number;
  readonly timeoutMs: number;
  readonly idleCloseMs: number;
}

export const DEFAULT_PRINTER_LIMITS: PrinterLimits = { maxConcurrent: 2, maxQueued: 8, timeoutMs: 30_000, idleCloseMs: 60_000 };

export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly executablePath: string,
    readonly limits: PrinterLimits = DEFAULT_PRINTER_LIMITS,
    private readonly launch: (path: string) => Promise<Browser> = launchPrintingChromium,
  ) {}

  /** How many jobs print or wait now. */
  get load(): number {
    return this.running + this.waiting.length;
  }

  async print(html: string): Promise<Buffer> {
    await this.takeTurn();
    try {
      return await withDeadline(this.printNow(html), this.limits.timeoutMs);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
      if (this.load === 0) this.closeWhenIdle();
    }
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private takeTurn(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.running < this.limits.maxConcurrent) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.maxQueued) return Promise.reject(new PrinterBusy());
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running += 1;
        resolve();
      }),
    );
  }

  private async printNow(html: string): Promise<Buffer> {
    const browser = await this.openBrowser();
    // A fresh context per job: no network, no script, nothing shared between letters.
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' }, preferCSSPageSize: true });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private openBrowser(): Promise<Browser> {
    if (!this.browser) {
      const launching = this.launch(this.executablePath);
      this.browser = launching;
      // A browser that crashed or was closed is started anew on the next job.
      launching.then(
        (browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          }),
        () => {
          if (this.browser === launching) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  private closeWhenIdle(): void {
    this.idleTimer = setTimeout(() => void this.close(), this.limits.idleCloseMs);
    this.idleTimer.unref();
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PrintTimeout(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const printers = new Map<string, PdfPrinter>();

/** The process's printer for a Chromium binary. */
export function sharedPrinter(executablePath: string): PdfPrinter {
  let printer = printers.get(executablePath);
  if (!printer) {
    printer = new PdfPrinter(executablePath);
    printers.set(executablePath, printer);
  }
  return printer;
}

/** Closes every shared browser: a command that printed calls it before it exits, the server when it stops. */
export async function closeSharedPrinters(): Promise<void> {
  const all = [...printers.values()];
  printers.clear();
  await Promise.all(all.map((printer) => printer.close()));
}
