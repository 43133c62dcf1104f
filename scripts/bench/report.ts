/**
 * The bench's output: the machine it ran on, then either a table for people or one JSON document
 * for machines (machine, settings, every measurement with its spread, phases and checks, targets).
 */
import os from 'node:os';
import type { Measurement } from './measurement';
import { MEGABYTE, type Target } from './targets';

export type Machine = Readonly<{
  cpuModel: string;
  cores: number;
  totalMemoryBytes: number;
  platform: string;
  release: string;
  arch: string;
  node: string;
  v8: string;
}>;

export type BenchReport = Readonly<{
  benchmark: 'aftermath';
  /** When the run started, and how long the whole run took. */
  date: string;
  seconds: number;
  machine: Machine;
  runtime: string;
  settings: Readonly<{ repeats: number; warmUpRuns: 1; seed: number; only: readonly string[] | null; sizes: readonly number[] | null }>;
  notes: readonly string[];
  idleRssBytes: number | null;
  /** Milliseconds to first write 1 MB of fresh memory (its page faults): dear on some virtual machines. */
  freshMemoryMsPerMb: number | null;
  /** os.loadavg() (1, 5, 15 minutes) before and after: other work on the machine skews timings. */
  loadAverage: Readonly<{ start: readonly number[]; end: readonly number[] }>;
  measurements: readonly Measurement[];
  targets: readonly Target[];
  checksPassed: boolean;
}>;

export function machineInfo(): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    platform: os.platform(),
    release: os.release(),
    arch: os.arch(),
    node: process.version,
    v8: process.versions.v8,
  };
}

export const NOTES = [
  'PERT Beta variates in w1, w2 and the engine are exact: rejection from a 256-strip envelope of the density (shared/random/betaTable.ts), not a tabulated inverse CDF; the -gammas workloads draw them exactly as X/(X+Y) of two Marsaglia-Tsang gamma variates instead.',
  'Seconds are wall time (performance.now) of the whole workload, cpu s its CPU time (process.cpuUsage, user + system, all threads); each workload and size runs in a fresh node process: one warm-up run, then the timed repeats.',
  'Cold seconds: one run in another fresh process with nothing warmed up. Peak RSS: that process\'s maxRSS (getrusage, via process.resourceUsage()); 1 MB = 10^6 bytes.',
  'cli and parallel time whole CLI processes (node start, parsing, simulation, JSON output), peak RSS from the CLI process itself.',
];

function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(value >= 0.1 ? 3 : 4);
}

function perSecond(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  return value >= 1e6 ? `${(value / 1e6).toFixed(2)}M` : `${(value / 1e3).toFixed(0)}k`;
}

const loads = (values: readonly number[]): string => values.map((value) => value.toFixed(2)).join(' ');

const megabytes = (bytes: number | null): string => (bytes === null ? '-' : `${(bytes / MEGABYTE).toFixed(0)} MB`);

function trialsLabel(trials: number): string {
  const exponent = Math.log10(trials);
  return Number.isInteger(exponent) ? `1e${exponent}` : trials.toExponential().replace('e+', 'e');
}

function alignTable(rows: readonly (readonly string[])[], rightAligned: readonly number[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows
    .map((row) => row.map((cell, c) => (rightAligned.includes(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function checksCell(m: Measurement): string {
  if (m.status !== 'ok') return `${m.status.toUpperCase()}: ${m.message ?? ''}`;
  return m.checks.map((check) => `${check.name} ${check.pass ? 'ok' : 'FAILED'}`).join(', ');
}

export function formatTable(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `Aftermath benchmark, ${report.date} (${report.seconds < 120 ? `${report.seconds.toFixed(0)} s` : `${(report.seconds / 60).toFixed(1)} minutes`})`,
    `${machine.cpuModel}, ${machine.cores} cores, ${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, ${machine.platform} ${machine.arch}, Node ${machine.node}; ${report.runtime}`,
    `${report.settings.repeats} timed runs after 1 warm-up, seed ${report.settings.seed}; node at rest: ${megabytes(report.idleRssBytes)} peak RSS`,
    `first write of fresh memory: ${report.freshMemoryMsPerMb === null ? '-' : report.freshMemoryMsPerMb.toFixed(2)} ms per MB (page faults); load average (1, 5, 15 min) before ${loads(report.loadAverage.start)}, after ${loads(report.loadAverage.end)}`,
    '',
  ];
  const header = ['workload', 'trials', 'median s', 'range s', 'cpu s', 'trials/s', 'cold s', 'peak RSS', 'faults/run', 'checks'];
  const rows = report.measurements.map((m) => [
    m.workload,
    trialsLabel(m.trials),
    seconds(m.seconds?.median),
    m.seconds ? `${seconds(m.seconds.min)}-${seconds(m.seconds.max)}` : '-',
    seconds(m.cpuSeconds?.median),
    perSecond(m.trialsPerSecond?.median),
    seconds(m.coldSeconds),
    megabytes(m.peakRssBytes),
    m.minorPageFaults ? m.minorPageFaults.median.toFixed(0) : '-',
    checksCell(m),
  ]);
  lines.push(alignTable([header, ...rows], [1, 2, 3, 4, 5, 6, 7, 8]), '');
  const phased = report.measurements.filter((m) => Object.keys(m.phases).length > 0 || typeof m.extra['simulateSeconds'] === 'number');
  if (phased.length > 0) {
    lines.push('Phases (median seconds):');
    for (const m of phased) {
      const parts = Object.entries(m.phases).map(([phase, spread]) => `${phase} ${seconds(spread.median)}`);
      if (typeof m.extra['simulateSeconds'] === 'number') parts.push(`(simulated beforehand, untimed: ${seconds(m.extra['simulateSeconds'])})`);
      lines.push(`  ${m.workload} ${trialsLabel(m.trials)}: ${parts.join(', ')}`);
    }
    lines.push('');
  }
  lines.push('Targets (issue 9):');
  for (const target of report.targets) {
    const verdict = target.pass === null ? '--' : target.pass ? 'PASS' : 'FAIL';
    const measured = target.measured === null ? target.note : `${target.measured}${target.note ? `. ${target.note}` : ''}`;
    lines.push(`  ${verdict.padEnd(4)}  ${target.target}: ${measured}`);
  }
  lines.push('', ...report.notes.map((note) => `Note: ${note}`));
  lines.push('', report.checksPassed ? 'Every self-check passed.' : 'A SELF-CHECK FAILED: see the checks column.');
  return `${lines.join('\n')}\n`;
}
