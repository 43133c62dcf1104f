/** Process wrapper for the CLI: real argv, stdout and stderr, exit code. */
import { runCli } from './main';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
