// Finds and starts the machine's Chromium for printing letters to PDF. It is
// optional: without it, DOCX and HTML still work, and asking for a PDF ends
// in one error that says what is missing and how to install it.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { getConfig } from '../config/env.js';

const CHROMIUM_CANDIDATES: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH first when it is set, then the usual places. */
function configuredCandidates(): readonly string[] {
  const configured = getConfig().chromiumPath;
  return configured ? [configured, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
}

export class ChromiumMissing extends Error {
  constructor(looked: readonly string[]) {
    super(
      `PDF needs Chromium, and none was found (looked for ${looked.join(', ')}). ` +
        'Install it with "apt-get install chromium", or export the letter as DOCX or HTML instead.',
    );
  }
}

/** The first Chromium found, trying `preferred` first; throws ChromiumMissing when there is none. */
export function findChromiumBinary(preferred?: string, candidates: readonly string[] = configuredCandidates()): string {
  const looked = preferred ? [preferred, ...candidates] : [...candidates];
  const found = looked.find((path) => existsSync(path));
  if (!found) throw new ChromiumMissing(looked);
  return found;
}

export function isChromiumAvailable(candidates: readonly string[] = configuredCandidates()): boolean {
  return candidates.some((path) => existsSync(path));
}

/**
 * Chromium's sandbox cannot start as root, so it is left out only there;
 * run Barometer as an ordinary user (the README's systemd unit does) and
 * letters print inside the sandbox.
 */
function needsNoSandbox(uid: number | undefined = process.getuid?.()): boolean {
  return uid === 0;
}

export function launchPrintingChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    chromiumSandbox: !needsNoSandbox(),
    // Offline servers: keep Chromium from reaching for Google's services.
    args: [
      ...(needsNoSandbox() ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
