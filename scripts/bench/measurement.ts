/** What the bench records for one workload at one size, whichever way it was run. */
import type { WorkloadName } from './catalogue';
import type { Spread } from './spread';

export type Check = Readonly<{ name: string; pass: boolean; detail: string }>;

export type MeasurementStatus =
  /** Measured. */
  | 'ok'
  /** The workload ran and failed (a crash, out of memory, an error): a measured failure. */
  | 'failed'
  /** What the workload measures does not exist yet (e.g. a CLI flag the issue asks for). */
  | 'not-implemented'
  /** Could not be measured here (e.g. the CLI is not built). */
  | 'not-measured';

export type Measurement = Readonly<{
  workload: WorkloadName;
  trials: number;
  status: MeasurementStatus;
  /** Why it failed or was not measured. */
  message: string | null;
  /** Wall seconds of the timed runs, after one warm-up run. */
  seconds: Spread | null;
  /**
   * CPU seconds (user + system) of the same runs. Less disturbed than wall time by other work on
   * the machine; above wall time when helper threads (the garbage collector's) work in parallel.
   */
  cpuSeconds: Spread | null;
  trialsPerSecond: Spread | null;
  /** Minor page faults per timed run (engine workloads): how much fresh memory a run first touches. */
  minorPageFaults: Spread | null;
  /** Seconds of one run in a fresh process, nothing warmed up: what a single CLI run pays. */
  coldSeconds: number | null;
  /** Peak resident memory of a fresh process that ran the workload once. */
  peakRssBytes: number | null;
  phases: Readonly<Record<string, Spread>>;
  mean: number | null;
  checks: readonly Check[];
  extra: Readonly<Record<string, number | string | boolean>>;
}>;

export function unmeasured(workload: WorkloadName, trials: number, status: Exclude<MeasurementStatus, 'ok'>, message: string): Measurement {
  return { workload, trials, status, message, seconds: null, cpuSeconds: null, trialsPerSecond: null, minorPageFaults: null, coldSeconds: null, peakRssBytes: null, phases: {}, mean: null, checks: [], extra: {} };
}
