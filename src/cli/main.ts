// The `barometer` command: finds the command, parses its arguments, runs it,
// and turns every expected failure into one clear line on stderr.
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/env.js';
import { DatabaseError } from '../db/dialect.js';
import { MigrationError } from '../db/migrate.js';
import { ServiceError } from '../services/errors.js';
import { COMMANDS } from './command-table.js';
import { CommandError, consoleOutput } from './output.js';
import type { CommandOutput } from './output.js';

export const HELP = `Usage: barometer <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}\n      ${c.summary}`)
  .join('\n')}

Options:
  -h, --help         Show this help

Settings (environment):
  DATABASE_URL       sqlite:PATH (default sqlite:./data/barometer.sqlite) or postgres://user:pass@host:port/db
  PORT, HOST         Where serve listens (default 3000 on 127.0.0.1)
  LOG_LEVEL          fatal, error, warn, info (default), debug, trace or silent
  (see the README for the settings of e-mail and single sign-on)
`;

export async function runCli(argv: readonly string[], out: CommandOutput = consoleOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    out.info(HELP);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    out.error(`barometer: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined> = {};
  let positionals: string[] = [];
  if (!command.rawArgs) {
    try {
      const parsed = parseArgs({ args: rest, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, ...command.options } });
      values = parsed.values as typeof values;
      positionals = parsed.positionals;
    } catch (error) {
      out.error(`barometer: ${(error as Error).message}\n\nUsage: barometer ${command.usage}`);
      return 2;
    }
    if (values.help) {
      out.info(`Usage: barometer ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const [min, max] = command.positionals;
    if (positionals.length < min || positionals.length > max) {
      out.error(`barometer: wrong number of arguments\n\nUsage: barometer ${command.usage}`);
      return 2;
    }
  }
  try {
    return await command.run(values, positionals, out, rest);
  } catch (error) {
    if (isExpected(error)) {
      out.error(`barometer: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function isExpected(error: unknown): error is Error {
  return (
    error instanceof ConfigError ||
    error instanceof DatabaseError ||
    error instanceof MigrationError ||
    error instanceof ServiceError ||
    error instanceof CommandError
  );
}
