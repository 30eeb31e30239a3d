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
