/**
 * Process wrapper for the CLI: real argv, stdout and stderr, exit code. The simulate command's
 * worker threads start first, while the rest of the CLI loads (simulate/prestart.ts).
 */
import { prestartSimulateWorkers } from './simulate/prestart';

// A reader that stops early (`aftermath simulate ... | head`) closes the pipe, and writing fails
// with EPIPE. What is left to print has nowhere to go: drop it quietly, as Unix tools do, rather
// than die with a stack trace, and let the command finish (an export still writes its files).
const dropOnClosedPipe = (error: NodeJS.ErrnoException): void => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
};
process.stdout.on('error', dropOnClosedPipe);
process.stderr.on('error', dropOnClosedPipe);

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
