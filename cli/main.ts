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
import { quoteCommand } from './commands/quote';
import { sensitivityCommand } from './commands/sensitivity';
import { exportCommand } from './commands/export';
import { InputError } from './inputError';
import { RunTooLargeError } from '../shared/engine/runScenario';

declare const __AFTERMATH_VERSION__: string;

export type CliIo = Readonly<{
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, so progress can redraw one line; false when absent. */
  stderrIsTTY?: boolean;
}>;

/** Runs one command: most print their whole output and succeed; quote reports as it goes and chooses its exit code. */
async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  const print = (text: string): number => {
    io.stdout(text);
    return 0;
  };
  const say = (message: string): void => io.stderr(`aftermath: ${message}\n`);
  switch (command.name) {
    case 'help':
      return print(`${USAGE}\n`);
    case 'version':
      return print(`${typeof __AFTERMATH_VERSION__ === 'string' ? __AFTERMATH_VERSION__ : 'development'}\n`);
    case 'presets':
      return print(presetsCommand());
    case 'preset':
      return print(presetCommand(command.id));
    case 'validate':
      return print(await validateCommand(command.file));
    case 'simulate':
      return print(await simulateCommand(command, say, process.env['AFTERMATH_TIMING'] ? say : undefined));
    case 'sensitivity':
      return sensitivityCommand(command, io);
    case 'export':
      return exportCommand(command, io);
    case 'quote':
      return quoteCommand(command, io);
  }
}

/** Each line of a message prefixed with "aftermath: ". */
function lines(message: string): string {
  return message
    .split('\n')
    .map((line) => `aftermath: ${line}\n`)
    .join('');
}

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await execute(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${lines(error.message)}Run "aftermath help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(lines(error.message));
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
