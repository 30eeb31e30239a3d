// Reads and validates a demo data file; problems come back with their path.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Invalid } from '../errors.js';
import { demoDataSchema } from './demo-schema.js';
import type { DemoData } from './demo-schema.js';

/** The Copenhagen demo data that ships with Barometer. */
const DEFAULT_DEMO_FILE = fileURLToPath(new URL('../../../data/demo/copenhagen.yaml', import.meta.url));

export async function readDemoFile(file: string = DEFAULT_DEMO_FILE): Promise<DemoData> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Invalid('error.demo.unreadable', { file, reason: (error as Error).message });
  }
  const parsed = demoDataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Invalid('error.demo.notValid', { file, path: issue.path.join('.'), problem: issue.message });
  }
  return parsed.data;
}
