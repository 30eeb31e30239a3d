// A reader that stops early (`barometer export | head -1`) ends the command
// quietly: no EPIPE stack trace, the exit code of the work so far.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a script that writes many lines through the CLI's output, and closes the pipe after the first chunk. */
function readFirstChunkOf(script: string): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString().split('\n')[0]!;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

const WRITE_MANY = (guard: boolean) => `
  const { consoleOutput, exitQuietlyOnClosedPipe } = await import('./src/cli/output.ts');
  ${guard ? 'exitQuietlyOnClosedPipe();' : ''}
  for (let i = 0; i < 20000; i++) { consoleOutput.info('line ' + i + ' ' + 'x'.repeat(80)); await new Promise((r) => setImmediate(r)); }
`;

describe('a closed pipe', () => {
  it('ends the command quietly with exit code 0', async () => {
    const result = await readFirstChunkOf(WRITE_MANY(true));
    expect(result.first).toBe(`line 0 ${'x'.repeat(80)}`);
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.code).toBe(0);
  });

  it('is an EPIPE crash without the guard (the test would see one)', async () => {
    const result = await readFirstChunkOf(WRITE_MANY(false));
    expect(result.stderr).toContain('EPIPE');
    expect(result.code).not.toBe(0);
  });
});
