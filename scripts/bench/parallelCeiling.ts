/**
 * How much more work two threads get done than one on this machine right now, for work lasting
 * about as long as the run it is compared with: the most any code could gain from a second thread
 * here, whatever it does. A loop of integer arithmetic (no memory traffic, nothing shared) runs
 * on one thread, then on two at once; the ceiling is twice the one-thread time over the
 * two-thread wall time: 2.0 when the machine gives a whole second core, less when its virtual
 * cores share a physical one or the host limits them. The length matters on the benchmark's
 * machine: its host lets both cores run flat out for a fraction of a second (a ceiling of 1.9 for
 * 0.3 s of work) and then holds the machine to little more than one core (1.0-1.2 for 2.5 s).
 * It runs in a fresh process (node -e), so nothing of the bench competes with it.
 *
 * A second loop works on memory instead, as much of the engine's work does: on the benchmark's
 * machine two threads got 1.9-2.0x the arithmetic done within minutes of getting anywhere from
 * 0.96x to 2.07x the memory work, depending on what else the host was doing. A third takes fresh
 * memory, a page fault per step, as every run does for its arrays: there two threads got about
 * 1.3x what one did, every time.
 */
import { spawnSync } from 'node:child_process';

/**
 * The loops, as source for a fresh process and its workers, each `spin(n)` doing n steps, and how
 * many steps a warm-up takes: `arithmetic` chains integer multiplications in registers; `memory`
 * reads and writes a 4 MB array of its own (per thread) at a stride that defeats the prefetcher,
 * so most accesses miss the core's own caches, as the engine's event stores and ledger rows do;
 * `fresh` writes once to each 4 KiB page of memory just taken from the system (blocks of 64 MB,
 * above the size glibc would serve again from memory it already has), so each step is a page
 * fault, as a run's first writes to its arrays are.
 */
const LOOPS = {
  arithmetic: {
    source: 'const spin = (n) => { let x = 0; for (let i = 0; i < n; i++) x = (Math.imul(x, 1664525) + 1013904223 + i) | 0; return x; };',
    warmUp: 2e7,
  },
  memory: {
    source:
      'const spin = (n) => { const a = (globalThis.walkArray ??= new Float64Array(1 << 19)); let s = 0; let j = 0; for (let i = 0; i < n; i++) { j = (j + 4099) & 524287; s += a[j]; a[j] = s * 1e-9; } return s; };',
    warmUp: 2e7,
  },
  fresh: {
    source:
      'const spin = (n) => { let s = 0; for (let done = 0; done < n; done += 16384) { const a = new Float64Array(Math.min(16384, n - done) * 512); for (let i = 0; i < a.length; i += 512) a[i] = i; s += a[0]; } return s; };',
    warmUp: 16384,
  },
} as const;

export type CeilingLoop = keyof typeof LOOPS;

const script = (seconds: number, loop: CeilingLoop): string => `
const { Worker } = require('node:worker_threads');
${LOOPS[loop].source}
const warmUp = ${LOOPS[loop].warmUp};
const body = 'const { parentPort } = require("node:worker_threads");' +
  ${JSON.stringify(LOOPS[loop].source)} +
  'spin(${LOOPS[loop].warmUp}); spin(${LOOPS[loop].warmUp}); parentPort.postMessage("ready");' +
  'parentPort.once("message", (n) => { spin(n); parentPort.postMessage("done"); });';
// Warm up to the optimised loop first (the workers too), so that no timing includes compiling it.
spin(warmUp);
const c0 = performance.now();
spin(warmUp);
const n = Math.max(warmUp / 20, Math.round((warmUp * ${seconds} * 1000) / Math.max(1, performance.now() - c0)));
const t0 = performance.now();
spin(n);
const one = performance.now() - t0;
const workers = [0, 1].map(() => new Worker(body, { eval: true }));
const once = (w) => new Promise((resolve) => w.once('message', resolve));
Promise.all(workers.map(once)).then(async () => {
  const t1 = performance.now();
  const done = workers.map(once);
  for (const w of workers) w.postMessage(n);
  await Promise.all(done);
  const two = performance.now() - t1;
  process.stdout.write(JSON.stringify({ one, two }));
  for (const w of workers) w.terminate();
});
`;

/**
 * Twice the one-thread time over the two-thread wall time, for a loop of about `seconds` on one
 * thread; null if the probe failed.
 */
export function parallelCeiling(seconds: number, loop: CeilingLoop = 'arithmetic'): number | null {
  const child = spawnSync(process.execPath, ['-e', script(Math.min(60, Math.max(0.05, seconds)), loop)], { encoding: 'utf8', timeout: 300_000 });
  try {
    const { one, two } = JSON.parse(child.stdout) as { one: number; two: number };
    return one > 0 && two > 0 ? (2 * one) / two : null;
  } catch {
    return null;
  }
}
