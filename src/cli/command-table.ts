// Every `barometer` command: its options (for node:util parseArgs), how many
// positional arguments it takes, one line of help, and how to run it. Command
// modules load on demand, so `barometer status` does not load the web server.
import type { ParseArgsConfig } from 'node:util';
import type { CommandOutput } from './output.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

export interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
  readonly options: Options;
  /** Positional arguments after the command name: [min, max]. */
  readonly positionals: readonly [number, number];
  /** Commands that parse their own arguments (they have sub-commands) get argv as it came. */
  readonly rawArgs?: boolean;
  run(values: Values, positionals: string[], out: CommandOutput, argv: readonly string[]): Promise<number>;
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

export const COMMANDS: Record<string, CommandSpec> = {
  serve: {
    usage: 'serve',
    summary: 'Migrate the database and serve Barometer over HTTP',
    options: {},
    positionals: [0, 0],
    run: async (_v, _p, out) => (await import('./commands/serve.js')).serveCommand(out),
  },
  migrate: {
    usage: 'migrate',
    summary: 'Bring the database schema up to date',
    options: {},
    positionals: [0, 0],
    run: async (_v, _p, out) => (await import('./commands/migrate.js')).migrateCommand(out),
  },
  demo: {
    usage: 'demo [--force] [--if-empty] [--file FILE]',
    summary: 'Load the Copenhagen demo data into an empty database (--force replaces what is there)',
    options: { force: { type: 'boolean' }, 'if-empty': { type: 'boolean' }, file: { type: 'string' } },
    positionals: [0, 0],
    run: async (v, _p, out) =>
      (await import('./commands/demo.js')).demoCommand({ force: v.force === true, ifEmpty: v['if-empty'] === true, file: str(v.file) }, out),
  },
  status: {
    usage: 'status',
    summary: 'Judge indicators given as JSON lines on stdin; one JSON line out per line in',
    options: {},
    positionals: [0, 0],
    run: async () => (await import('./commands/status.js')).statusCommand(),
  },
  import: {
    usage:
      'import FILE|URL|DIR [--format barometer|opensdg|jsonstat] [--mapping FILE] [--translations DIR] [--dry-run] [--release ID] [--policy CODE] [--note TEXT]',
    summary: 'Check a file of figures (or a whole Open SDG data repository) and stage it in a draft release (all or nothing)',
    options: {
      format: { type: 'string' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean' },
      release: { type: 'string' },
      policy: { type: 'string' },
      note: { type: 'string' },
      translations: { type: 'string' },
    },
    positionals: [1, 1],
    run: async (v, [file], out) =>
      (await import('./commands/import.js')).importCommand(
        {
          file: file!,
          format: str(v.format),
          mapping: str(v.mapping),
          dryRun: v['dry-run'] === true,
          release: str(v.release),
          policy: str(v.policy),
          note: str(v.note),
          translations: str(v.translations),
        },
        out,
      ),
  },
  export: {
    usage: 'export [--format csv|json] [--out DIR]',
    summary: 'Write every published figure to DIR',
    options: { format: { type: 'string' }, out: { type: 'string' } },
    positionals: [0, 0],
    run: async (v, _p, out) => (await import('./commands/export.js')).exportCommand({ format: str(v.format), out: str(v.out) }, out),
  },
  release: {
    usage: 'release show|publish ID [--date YYYY-MM-DD]',
    summary: "Show a release's completeness (N of M indicators), or publish a draft",
    options: { date: { type: 'string' } },
    positionals: [2, 2],
    run: async (v, [action, id], out) => (await import('./commands/release.js')).releaseCommand({ action: action!, id: id!, date: str(v.date) }, out),
  },
  letter: {
    usage:
      'letter orientation|challenge|report|red_twice [--release ID|latest] [--committee CODE] [--economy] [--project ID] [--lang da|en] [--date YYYY-MM-DD] [--case-number N] [--document-number N] --format docx|html|pdf --out FILE',
    summary:
      "Write a letter from the data: the orientation letter, a challenge letter (with the action plan's economy as an annex: --economy), the annual status report, or the letter about a project rated red twice",
    options: {
      release: { type: 'string' },
      committee: { type: 'string' },
      project: { type: 'string' },
      economy: { type: 'boolean' },
      'case-number': { type: 'string' },
      'document-number': { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
    },
    positionals: [1, 1],
    run: async (v, [kind], out) =>
      (await import('./commands/letter.js')).letterCommand(
        {
          kind: kind!,
          release: str(v.release),
          committee: str(v.committee),
          project: str(v.project),
          economy: v.economy === true,
          caseNumber: str(v['case-number']),
          documentNumber: str(v['document-number']),
          lang: str(v.lang),
          format: str(v.format),
          out: str(v.out),
          date: str(v.date),
        },
        out,
      ),
  },
  backup: {
    usage: 'backup --out FILE',
    summary: 'Write a consistent backup of the whole database to FILE while Barometer keeps running',
    options: { out: { type: 'string' } },
    positionals: [0, 0],
    run: async (v, _p, out) => (await import('./commands/backup.js')).backupCommand({ out: str(v.out) }, out),
  },
  restore: {
    usage: 'restore FILE',
    summary: 'Fill an empty database from a backup (a database with data in it is refused)',
    options: {},
    positionals: [1, 1],
    run: async (_v, [file], out) => (await import('./commands/restore.js')).restoreCommand({ file: file! }, out),
  },
  'export-site': {
    usage: 'export-site DIR',
    summary: 'Write the whole public site and its downloads as static files',
    options: {},
    positionals: [1, 1],
    run: async (_v, [dir], out) => (await import('./commands/export-site.js')).exportSiteCommand({ dir }, out),
  },
  user: {
    usage: 'user add --email EMAIL --role ROLE [--name NAME] [--administration CODE] [--committee CODE]',
    summary: 'Create an account and print its one-time link for choosing a password',
    options: {},
    positionals: [0, Infinity],
    rawArgs: true,
    run: async (_v, _p, out, argv) => (await import('./commands/user.js')).userCommand(argv, out),
  },
};
