// Process entry: runs the CLI with the process's arguments and exit code.
import { runCli } from './main.js';
import { exitQuietlyOnClosedPipe } from './output.js';

exitQuietlyOnClosedPipe();

process.exitCode = await runCli(process.argv.slice(2));
