/** The CLI's help text and its error type for bad arguments (exit code 2, no stack trace). */

export const USAGE = `Aftermath: what a cyber attack would cost an organisation, simulated offline.

Usage:
  aftermath simulate [SCENARIO.json] [--trials N] [--seed S] [--format table|json|csv] [--threshold X ...]
      Simulate a scenario (the built-in "Regional hospital" when no file is given).
  aftermath validate SCENARIO.json
      Check a scenario file and list every problem by its JSON path.
  aftermath presets
      List the built-in presets.
  aftermath preset ID
      Print a preset as a scenario file (save it, edit it, simulate it).
  aftermath help | --help
  aftermath --version

Options for simulate:
  --trials N      simulated years, 100 to 10,000,000 (default: the file's, else 100,000)
  --seed S        random seed, a whole number from 0 (default: the file's, else 1)
  --format F      table (for people, the default), json or csv (for machines)
  --threshold X   also report the chance a year's loss exceeds X (repeatable)

Exit codes: 0 success; 2 bad arguments or an invalid scenario file; 1 unexpected failure.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
