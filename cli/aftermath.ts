/**
 * Process wrapper for the CLI: real argv, stdout and stderr, exit code. The simulate command's
 * worker threads start first, while the rest of the CLI loads (simulate/prestart.ts).
 */
import { prestartSimulateWorkers } from './simulate/prestart';

try {
  prestartSimulateWorkers(process.argv.slice(2));
} catch {
  // Starting early is only a head start: the command starts its workers itself, and reports a failure.
}
const { runCli } = await import('./main');

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
