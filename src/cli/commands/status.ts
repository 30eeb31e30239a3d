// `barometer status`: judge indicators given as JSON lines on stdin.
import { runStatusCommand } from '../status-command.js';

export async function statusCommand(): Promise<number> {
  return runStatusCommand(process.stdin, process.stdout);
}
