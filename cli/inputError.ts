/**
 * A bad input file (a portfolio CSV, a programme file) for a command that reports several
 * problems at once. Each line is printed on its own, prefixed "aftermath: "; exit code 2.
 */
export class InputError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'InputError';
  }
}
