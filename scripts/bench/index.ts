/**
 * npm run bench: the performance benchmark of issue 9 (docs/performance.md); see main.ts.
 * Started again with AFTERMATH_BENCH_CHILD set, this script is one of its own child processes
 * (child.ts), each running one measurement.
 */
import { CHILD_ENV, runChild } from './child';
import { benchMain } from './main';

const childSpec = process.env[CHILD_ENV];
process.exitCode =
  childSpec !== undefined
    ? runChild(childSpec)
    : benchMain(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
