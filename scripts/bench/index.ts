/**
 * npm run bench: the performance benchmark of issue 9 (docs/performance.md); see main.ts.
 * Started again with AFTERMATH_BENCH_CHILD set, this script is one of its own child processes
 * (child.ts), each running one measurement; with AFTERMATH_BENCH_APP set, the app's browser
 * session (appSession.ts, loaded only then: it brings Vite and Playwright).
 */
import { APP_CHILD_ENV } from './appRunner';
import { CHILD_ENV, runChild } from './child';
import { benchMain } from './main';

const childSpec = process.env[CHILD_ENV];
const appSpec = process.env[APP_CHILD_ENV];
if (appSpec !== undefined) {
  void import('./appSession').then(async ({ runAppChild }) => {
    process.exitCode = await runAppChild(appSpec);
  });
} else {
  process.exitCode =
    childSpec !== undefined
      ? runChild(childSpec)
      : benchMain(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
}
