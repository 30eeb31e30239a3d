// `barometer release show ID` and `barometer release publish ID [--date D]`:
// how an analyst at the command line sees a draft's completeness (N of M
// indicators, and which are missing) and publishes it.
import { getConfig } from '../../config/env.js';
import { commandLineActor } from '../../domain/permissions.js';
import { getReleaseCompleteness } from '../../services/releases/completeness.js';
import { publishRelease } from '../../services/releases/publish.js';
import { parseDateOption } from '../date-option.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export interface ReleaseCommandOptions {
  action: string;
  id: string;
  /** Publication date shown to the public, `YYYY-MM-DD`; today when left out. */
  date?: string;
}

export async function releaseCommand(options: ReleaseCommandOptions, out: CommandOutput): Promise<number> {
  if (options.action !== 'show' && options.action !== 'publish') {
    throw new CommandError(`release takes show or publish, not "${options.action}"`);
  }
  const id = Number(options.id);
  if (!Number.isInteger(id) || id <= 0) throw new CommandError(`"${options.id}" is not a release id`);
  if (options.date !== undefined) parseDateOption(options.date);
  const database = await openMigratedDatabase(getConfig());
  try {
    if (options.action === 'publish') {
      const actor = commandLineActor('barometer release (command line)');
      const result = await publishRelease(database.db, id, { publishedOn: options.date }, { actor, now: new Date() });
      out.info(`Published release ${id} on ${result.release.publishedOn}: ${result.added} new and ${result.revised} revised figure(s).`);
    }
    const view = await getReleaseCompleteness(database.db, id);
    out.info(`Release ${id} "${view.release.title}" (${view.release.state}): new figures for ${view.withFigure} of ${view.total} indicators.`);
    for (const missing of view.missing) {
      const owner = missing.owner ? `, owed by ${missing.owner.name}` : '';
      const expected = missing.note?.expected ? `, expected ${missing.note.expected}` : '';
      out.info(`  missing  ${missing.code}${owner}${expected}${missing.explained ? '' : ' (no reason recorded)'}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
