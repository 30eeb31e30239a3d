// `barometer demo`: load the Copenhagen demo data into an empty database.
import { getConfig } from '../../config/env.js';
import { countPolicies } from '../../db/repositories/policies.js';
import { loadDemoData } from '../../services/demo/load-demo-data.js';
import { readProjectDemoFile } from '../../services/demo/load-project-demo-data.js';
import type { ProjectDemoLoadResult } from '../../services/demo/load-project-demo-data.js';
import { readDemoFile } from '../../services/demo/read-demo-file.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import type { CommandOutput } from '../output.js';
import { commandLineActor } from '../../domain/permissions.js';

export interface DemoOptions {
  force: boolean;
  ifEmpty: boolean;
  file?: string;
}

export async function demoCommand(options: DemoOptions, out: CommandOutput): Promise<number> {
  const data = await readDemoFile(options.file);
  // The project bank's demo refers to Copenhagen's committees and goals, so it
  // comes only with the Copenhagen data, not with another file.
  const projects = options.file ? undefined : await readProjectDemoFile();
  const database = await openMigratedDatabase(getConfig());
  try {
    if (options.ifEmpty && !options.force && (await countPolicies(database.db)) > 0) {
      out.info(`${database.description} already holds data; the demo data was not loaded again.`);
      return 0;
    }
    const result = await loadDemoData(database.db, data, { force: options.force, projects }, { actor: commandLineActor('barometer demo'), now: new Date() });
    out.info(
      `Loaded the demo data into ${database.description}: ${result.policies} policies, ${result.indicators} indicators, ` +
        `${result.releases} releases, ${result.figures} figures` +
        (result.projectBank ? `, ${describeProjectBank(result.projectBank)}` : '') +
        (result.cycle ? `, the ${result.cycle.milestones} milestones and ${result.cycle.tasks} tasks of one annual cycle` : '') +
        ' (illustrative).',
    );
    return 0;
  } finally {
    await database.close();
  }
}

function describeProjectBank(counts: ProjectDemoLoadResult): string {
  return `${counts.actionPlans} action plans, ${counts.projects} projects, ${counts.consultationInputs} consultation inputs`;
}
