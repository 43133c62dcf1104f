/**
 * Command-line parsing, strict: an unknown flag, a missing value or a value out of range is a
 * UsageError that names the flag and what is allowed.
 */
import { LIMITS, MIN_TRIALS } from '../shared/scenario/limits';
import { UsageError } from './usage';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const SENSITIVITY_FORMATS = ['table', 'json'] as const;
export type SensitivityFormat = (typeof SENSITIVITY_FORMATS)[number];

export type Command =
  | Readonly<{
      name: 'simulate';
      file: string | undefined;
      trials: number | undefined;
      seed: number | undefined;
      format: OutputFormat;
      thresholds: readonly number[];
      workers: number | undefined;
    }>
  | Readonly<{ name: 'sensitivity'; file: string | undefined; trials: number | undefined; seed: number | undefined; format: SensitivityFormat }>
  | Readonly<{ name: 'export'; file: string; xlsx: string | undefined; csv: string | undefined; raw: boolean; force: boolean; trials: number | undefined; seed: number | undefined }>
  | Readonly<{ name: 'validate'; file: string }>
  | Readonly<{ name: 'presets' }>
  | Readonly<{ name: 'preset'; id: string }>
  | Readonly<{
      name: 'quote';
      file: string;
      layers: string | undefined;
      programme: string | undefined;
      out: string | undefined;
      trials: number | undefined;
      seed: number | undefined;
      workers: number | undefined;
      riskLoad: number | undefined;
      expenseRatio: number | undefined;
    }>
  | Readonly<{ name: 'help' }>
  | Readonly<{ name: 'version' }>;

const FLAGS_BY_COMMAND: Readonly<Record<string, readonly string[]>> = {
  simulate: ['--trials', '--seed', '--format', '--threshold', '--workers'],
  sensitivity: ['--trials', '--seed', '--format'],
  export: ['--xlsx', '--csv', '--raw', '--trials', '--seed', '--force'],
  validate: [],
  presets: [],
  preset: [],
  quote: ['--layers', '--programme', '--out', '--trials', '--seed', '--workers', '--risk-load', '--expense-ratio'],
};

/** Flags that are switches: they take no value. */
const SWITCHES: readonly string[] = ['--raw', '--force'];

/** At most this many worker threads for quote. */
export const MAX_WORKERS = 256;
/** At most this many threads for one simulation. */
export const MAX_SIMULATE_WORKERS = 64;

/** Parses "1e6", "1000000" or "1_000_000"; rejects anything else. */
function parseNumber(flag: string, raw: string): number {
  const cleaned = raw.replace(/_/g, '');
  const value = /^[+]?(\d+(\.\d*)?|\.\d+)(e[+]?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!Number.isFinite(value)) throw new UsageError(`${flag} needs a number, got "${raw}"`);
  return value;
}

function parseBetween(flag: string, raw: string, min: number, max: number): number {
  // A negative number is a number out of range, not "not a number".
  const value = /^-\s*[\d.]/.test(raw) ? -parseNumber(flag, raw.slice(1).trim()) : parseNumber(flag, raw);
  if (value < min || value > max) throw new UsageError(`${flag} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
}

function parseWhole(flag: string, raw: string, min: number, max: number): number {
  const value = parseNumber(flag, raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, got "${raw}"`);
  }
  return value;
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  const allowedFlags = FLAGS_BY_COMMAND[first];
  if (!allowedFlags) {
    throw new UsageError(`unknown command "${first}" (commands: simulate, sensitivity, export, quote, validate, presets, preset, help)`);
  }

  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--help' || arg === '-h') return { name: 'help' };
    if (arg.startsWith('--')) {
      const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (!allowedFlags.includes(flag)) {
        const allowed = allowedFlags.length > 0 ? ` (allowed: ${allowedFlags.join(', ')})` : ' (it takes no options)';
        throw new UsageError(`unknown option ${flag} for "${first}"${allowed}`);
      }
      if (SWITCHES.includes(flag)) {
        if (inline !== undefined) throw new UsageError(`${flag} takes no value, got "${inline}"`);
        switches.add(flag);
        continue;
      }
      const value = inline ?? rest[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      if (inline === undefined) i += 1;
      values.set(flag, [...(values.get(flag) ?? []), value]);
    } else {
      positionals.push(arg);
    }
  }
  const single = (flag: string): string | undefined => {
    const given = values.get(flag);
    if (given && given.length > 1) throw new UsageError(`${flag} was given ${given.length} times; give it once`);
    return given?.[0];
  };
  const maxPositionals = first === 'presets' ? 0 : 1;
  if (positionals.length > maxPositionals) {
    throw new UsageError(`"${first}" takes ${maxPositionals === 0 ? 'no arguments' : 'one file or id'}, got: ${positionals.join(' ')}`);
  }

  const trialsRaw = single('--trials');
  const seedRaw = single('--seed');
  const trials = trialsRaw === undefined ? undefined : parseWhole('--trials', trialsRaw, MIN_TRIALS, LIMITS.trials);
  const seed = seedRaw === undefined ? undefined : parseWhole('--seed', seedRaw, 0, Number.MAX_SAFE_INTEGER);

  switch (first) {
    case 'simulate': {
      const formatRaw = single('--format') ?? 'table';
      if (!(FORMATS as readonly string[]).includes(formatRaw)) {
        throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}, got "${formatRaw}"`);
      }
      const thresholds = (values.get('--threshold') ?? []).map((raw) => {
        const value = parseNumber('--threshold', raw);
        if (value < 0 || value > LIMITS.money * 1e3) throw new UsageError(`--threshold must be a loss of 0 or more, got "${raw}"`);
        return value;
      });
      const workersRaw = single('--workers');
      return {
        name: 'simulate',
        file: positionals[0],
        trials,
        seed,
        format: formatRaw as OutputFormat,
        thresholds,
        workers: workersRaw === undefined ? undefined : parseWhole('--workers', workersRaw, 1, MAX_SIMULATE_WORKERS),
      };
    }
    case 'sensitivity': {
      const formatRaw = single('--format') ?? 'table';
      if (!(SENSITIVITY_FORMATS as readonly string[]).includes(formatRaw)) {
        throw new UsageError(`--format must be one of: ${SENSITIVITY_FORMATS.join(', ')}, got "${formatRaw}"`);
      }
      return { name: 'sensitivity', file: positionals[0], trials, seed, format: formatRaw as SensitivityFormat };
    }
    case 'quote': {
      const file = positionals[0];
      if (file === undefined) throw new UsageError('quote needs a portfolio CSV: aftermath quote PORTFOLIO.csv --layers "1M xs 250k, 4M xs 1.25M"');
      const layers = single('--layers');
      const programme = single('--programme');
      if (layers === undefined && programme === undefined) {
        throw new UsageError('quote needs the layers to price: --layers "1M xs 250k, 4M xs 1.25M", or a --programme file that lists them');
      }
      const workersRaw = single('--workers');
      const riskLoadRaw = single('--risk-load');
      const expenseRatioRaw = single('--expense-ratio');
      return {
        name: 'quote',
        file,
        layers,
        programme,
        out: single('--out'),
        trials,
        seed,
        workers: workersRaw === undefined ? undefined : parseWhole('--workers', workersRaw, 1, MAX_WORKERS),
        riskLoad: riskLoadRaw === undefined ? undefined : parseBetween('--risk-load', riskLoadRaw, 0, 10),
        expenseRatio: expenseRatioRaw === undefined ? undefined : parseBetween('--expense-ratio', expenseRatioRaw, 0, 0.95),
      };
    }
    case 'export': {
      const file = positionals[0];
      if (file === undefined) throw new UsageError('export needs a scenario file: aftermath export SCENARIO.json --xlsx OUT.xlsx --csv OUTDIR/');
      const xlsx = single('--xlsx');
      const csv = single('--csv');
      if (xlsx === undefined && csv === undefined) throw new UsageError('export needs somewhere to write: --xlsx OUT.xlsx, --csv OUTDIR/, or both');
      if (xlsx !== undefined && xlsx.trim() === '') throw new UsageError('--xlsx needs a file name, got an empty one');
      if (csv !== undefined && csv.trim() === '') throw new UsageError('--csv needs a folder name, got an empty one');
      if (xlsx !== undefined && !/\.xlsx$/i.test(xlsx)) throw new UsageError(`--xlsx ${xlsx}: the workbook's name must end in .xlsx`);
      const raw = switches.has('--raw');
      if (raw && csv === undefined) throw new UsageError('--raw writes the per-year losses into the --csv folder; give --csv OUTDIR/ too');
      return { name: 'export', file, xlsx, csv, raw, force: switches.has('--force'), trials, seed };
    }
    case 'validate': {
      const file = positionals[0];
      if (file === undefined) throw new UsageError('validate needs a scenario file: aftermath validate SCENARIO.json');
      return { name: 'validate', file };
    }
    case 'preset': {
      const id = positionals[0];
      if (id === undefined) throw new UsageError('preset needs an id; list them with: aftermath presets');
      return { name: 'preset', id };
    }
    default:
      return { name: 'presets' };
  }
}
