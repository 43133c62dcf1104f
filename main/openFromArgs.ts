/**
 * The scenario file named on a command line (a double-click in the file manager, or a second
 * launch while the app is running): the first argument that ends in .json and is not a flag.
 */
export function scenarioPathFromArgs(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith('.json')) return arg;
  }
  return null;
}
