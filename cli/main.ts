/**
 * The CLI entry point: parse arguments, run the command, write its output. Bad arguments and
 * bad files print a message naming what is wrong and exit with code 2; nothing prints a stack
 * trace unless AFTERMATH_DEBUG is set.
 */
import { parseArgs } from './args';
import { USAGE, UsageError } from './usage';
import { ScenarioFileError } from './scenarioFile';
import { simulateCommand } from './commands/simulate';
import { presetCommand, presetsCommand } from './commands/presets';
import { validateCommand } from './commands/validate';
import { RunTooLargeError } from '../shared/engine/runScenario';

declare const __AFTERMATH_VERSION__: string;

export type CliIo = Readonly<{ stdout: (text: string) => void; stderr: (text: string) => void }>;

async function execute(argv: readonly string[]): Promise<string> {
  const command = parseArgs(argv);
  switch (command.name) {
    case 'help':
      return `${USAGE}\n`;
    case 'version':
      return `${typeof __AFTERMATH_VERSION__ === 'string' ? __AFTERMATH_VERSION__ : 'development'}\n`;
    case 'presets':
      return presetsCommand();
    case 'preset':
      return presetCommand(command.id);
    case 'validate':
      return validateCommand(command.file);
    case 'simulate':
      return simulateCommand(command);
  }
}

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    io.stdout(await execute(argv));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`aftermath: ${error.message}\nRun "aftermath help" for usage.\n`);
      return 2;
    }
    if (error instanceof ScenarioFileError) {
      io.stderr(`aftermath: ${error.message}\n`);
      return 2;
    }
    if (error instanceof RunTooLargeError) {
      io.stderr(`aftermath: ${error.message}\n`);
      return 2;
    }
    if (error instanceof RangeError) {
      io.stderr(`aftermath: not enough memory for this run (${error.message}); simulate fewer years.\n`);
      return 1;
    }
    const detail = error instanceof Error ? (process.env['AFTERMATH_DEBUG'] ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`aftermath: unexpected failure: ${detail}\n`);
    return 1;
  }
}
