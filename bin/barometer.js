#!/usr/bin/env node
// The `barometer` command. The TypeScript sources are compiled to dist/ by
// `npm run build` (run automatically by `npm ci` / `npm install`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/bin.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('barometer: dist/ is missing. Run `npm run build` first.');
  process.exit(1);
}
await import(entry.href);
