// The `barometer` command: parses the arguments, runs one command, and turns
// every expected failure into one clear line on stderr and exit code 1.
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/env.js';
import { DatabaseError } from '../db/dialect.js';
import { MigrationError } from '../db/migrate.js';
import { ServiceError } from '../services/errors.js';
import { CommandError, consoleOutput } from './output.js';
import type { CommandOutput } from './output.js';

export const HELP = `Usage: barometer <command> [options]

Commands:
  serve              Migrate the database and serve Barometer over HTTP
  migrate            Bring the database schema up to date
  demo               Load the Copenhagen demo data into an empty database
                       --force      replace whatever the database holds
                       --if-empty   do nothing when the database holds data
                       --file FILE  load another demo data file (YAML)
  status             Judge indicators: JSON lines on stdin, one answer per line on stdout

Options:
  -h, --help         Show this help

Settings (environment):
  DATABASE_URL       sqlite:PATH (default sqlite:./data/barometer.sqlite) or postgres://user:pass@host:port/db
  PORT, HOST         Where serve listens (default 3000 on 127.0.0.1)
  LOG_LEVEL          fatal, error, warn, info (default), debug, trace or silent
`;

export async function runCli(argv: readonly string[], out: CommandOutput = consoleOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        force: { type: 'boolean' },
        'if-empty': { type: 'boolean' },
        file: { type: 'string' },
      },
    });
  } catch (error) {
    out.error(`barometer: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command || command === 'help') {
    out.info(HELP);
    return command || parsed.values.help ? 0 : 2;
  }
  if (rest.length > 0) {
    out.error(`barometer: unexpected argument "${rest[0]}"`);
    return 2;
  }
  try {
    switch (command) {
      // Commands load on demand, so `barometer status` need not load the server.
      case 'serve':
        return await (await import('./commands/serve.js')).serveCommand(out);
      case 'migrate':
        return await (await import('./commands/migrate.js')).migrateCommand(out);
      case 'demo':
        return await (await import('./commands/demo.js')).demoCommand({ force: parsed.values.force ?? false, ifEmpty: parsed.values['if-empty'] ?? false, file: parsed.values.file }, out);
      case 'status':
        return await (await import('./commands/status.js')).statusCommand();
      default:
        out.error(`barometer: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
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
