// Where commands write: stdout for results, stderr for problems.
export interface CommandOutput {
  info(line: string): void;
  error(line: string): void;
}

export const consoleOutput: CommandOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** A failure a command expects and explains in one line (no stack trace). */
export class CommandError extends Error {}

/**
 * A reader that stops early (`barometer export … | head -1`) closes the pipe;
 * the next write then fails with EPIPE. That is the reader's choice, not an
 * error of the command: stop quietly with the exit code so far.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
