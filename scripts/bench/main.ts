/**
 * The benchmark's parent process: runs each selected workload at each size in fresh child
 * processes, one at a time, prints a table (or JSON with --json), judges the issue's targets,
 * and returns exit code 1 if any self-check failed, 2 on a bad flag. Progress goes to stderr,
 * so stdout carries only the table or the JSON.
 */
import os from 'node:os';
import path from 'node:path';
import { BENCH_USAGE, BenchUsageError, parseBenchArgs, type BenchOptions } from './args';
import { measureApp } from './appRunner';
import { WORKLOADS } from './catalogue';
import { measureCli, measureParallel } from './cliRunner';
import { measureInsuranceOverhead } from './overheadRunner';
import { BENCH_SEED, idleProcess, measureEngine } from './engineRunner';
import type { Measurement } from './measurement';
import { NOTES, formatTable, machineInfo, type BenchReport } from './report';
import { judgeTargets } from './targets';

export type BenchIo = Readonly<{ stdout: (text: string) => void; stderr: (text: string) => void }>;

const FAIR = new Set(['w1', 'w2', 'w1-gammas', 'w2-gammas']);

function runtime(): string {
  return import.meta.url.endsWith('.ts') ? 'run from TypeScript sources (tsx)' : 'run from the vite bundle out/bench/bench.js';
}

function benchmark(options: BenchOptions, io: BenchIo): BenchReport {
  const root = path.resolve(path.dirname(process.argv[1] ?? '.'), '..', '..');
  const log = (text: string): void => io.stderr(`bench: ${text}\n`);
  const selected = WORKLOADS.filter((workload) => options.only === null || options.only.includes(workload.name));
  const measurements: Measurement[] = [];
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const idle = idleProcess();
  for (const workload of selected) {
    for (const trials of options.sizes ?? workload.defaultSizes) {
      log(`${workload.name} at ${trials.toLocaleString('en-US')} trials`);
      const measurement =
        workload.name === 'cli'
          ? measureCli(root, trials, options.repeats)
          : workload.name === 'parallel'
            ? measureParallel(root, trials, options.repeats)
            : workload.name === 'app'
              ? measureApp(root, trials, options.repeats, log)
              : workload.name === 'insurance-overhead'
                ? measureInsuranceOverhead(trials, options.repeats, log)
                : measureEngine(workload.name, trials, options.repeats, log);
      log(
        measurement.status === 'ok'
          ? `  median ${measurement.seconds?.median.toFixed(4)} s${measurement.peakRssBytes === null ? '' : `, peak RSS ${(measurement.peakRssBytes / 1e6).toFixed(0)} MB`}`
          : `  ${measurement.status}: ${measurement.message ?? ''}`,
      );
      measurements.push(measurement);
    }
  }
  // A FAIR workload that did not finish could not check its answer: that is a failed check too.
  const checksPassed = measurements.every((m) => m.checks.every((check) => check.pass) && !(FAIR.has(m.workload) && m.status !== 'ok'));
  return {
    benchmark: 'aftermath',
    date: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    machine: machineInfo(),
    runtime: runtime(),
    settings: { repeats: options.repeats, warmUpRuns: 1, seed: BENCH_SEED, only: options.only, sizes: options.sizes },
    notes: NOTES,
    idleRssBytes: idle.rssBytes,
    freshMemoryMsPerMb: idle.freshMemoryMsPerMb,
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    measurements,
    targets: judgeTargets(measurements),
    checksPassed,
  };
}

export function benchMain(argv: readonly string[], io: BenchIo): number {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    io.stderr(`bench: ${error.message}\n${BENCH_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${BENCH_USAGE}\n`);
    return 0;
  }
  const report = benchmark(options, io);
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report));
  return report.checksPassed ? 0 : 1;
}

