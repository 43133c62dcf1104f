/** `aftermath sensitivity`, run in-process: the JSON and table outputs, the defaults, and every bad-input path. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { parseArgs } from '../../cli/args';
import { formatCorrelation } from '../../cli/output/sensitivityTable';

type Outcome = Readonly<{ code: number; stdout: string; stderr: string }>;

async function cli(argv: readonly string[], stderrIsTTY = false): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stderrIsTTY });
  return { code, stdout, stderr };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'aftermath-sensitivity-'));
function writeFile(name: string, content: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

/** One incident a year: a big uniform loss, a small one, and a certain one. */
const DOMINATED = {
  format: 'aftermath-scenario',
  version: 1,
  name: 'One big loss',
  currency: 'EUR',
  simulation: { trials: 400, seed: 3 },
  organisation: { name: 'Org', sector: 'other', region: 'EU', annualRevenue: 0, operatingDaysPerYear: 365, records: {} },
  threats: [
    {
      name: 'Outage',
      kind: 'custom',
      frequency: 1,
      occurrence: 'exact',
      customLosses: [
        { name: 'small loss', category: 'detection', perEvent: { dist: 'uniform', low: 1_000, high: 2_000 } },
        { name: 'big loss', category: 'recovery', perEvent: { dist: 'uniform', low: 1_000_000, high: 3_000_000 } },
        { name: 'certain loss', category: 'recovery', perEvent: 500 },
      ],
    },
  ],
};

describe('aftermath sensitivity --format json', () => {
  it('prints the scenario, the settings, the base run, the tornado by swing and the correlations, in that shape', async () => {
    const file = writeFile('dominated.json', JSON.stringify(DOMINATED));
    const { code, stdout, stderr } = await cli(['sensitivity', file, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['scenario', 'currency', 'trials', 'seed', 'base', 'tornado', 'correlations']);
    expect([result.scenario, result.currency, result.trials, result.seed]).toEqual(['One big loss', 'EUR', 400, 3]);
    expect(Object.keys(result.base)).toEqual(['mean', 'p95']);
    expect(result.tornado.map((row: { input: string }) => row.input)).toEqual(['threats[0].customLosses[1].perEvent', 'threats[0].customLosses[0].perEvent']);
    const [big, small] = result.tornado;
    expect(Object.keys(big)).toEqual(['input', 'label', 'low', 'high', 'swing', 'lowResult', 'highResult']);
    expect(big).toMatchObject({ label: 'Outage: big loss', low: 1_000_000, high: 3_000_000 });
    expect(Object.keys(big.lowResult)).toEqual(['mean', 'p95']);
    expect(big.swing).toBeCloseTo(2_000_000, 4);
    expect(small.swing).toBeCloseTo(1_000, 6);
    expect(result.correlations.map((row: { input: string }) => row.input)).toEqual(['threats[0].customLosses[1].perEvent', 'threats[0].customLosses[0].perEvent']);
    expect(Object.keys(result.correlations[0])).toEqual(['input', 'label', 'rankCorrelation']);
    for (const row of result.correlations) {
      expect(row.rankCorrelation).toBeGreaterThanOrEqual(-1);
      expect(row.rankCorrelation).toBeLessThanOrEqual(1);
    }
  });

  it('analyses the built-in hospital without a file, with --trials and --seed, the same each time', async () => {
    const a = await cli(['sensitivity', '--trials', '300', '--seed', '5', '--format', 'json']);
    const b = await cli(['sensitivity', '--trials=300', '--seed=5', '--format=json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = JSON.parse(a.stdout);
    expect([result.scenario, result.trials, result.seed]).toEqual(['Regional hospital', 300, 5]);
    const swings = result.tornado.map((row: { swing: number }) => row.swing);
    expect(swings).toEqual([...swings].sort((x: number, y: number) => y - x));
    expect(result.tornado.map((row: { input: string }) => row.input)).toContain('response.notificationCostPerPerson');
  });
});

describe('aftermath sensitivity --format table', () => {
  it('prints the base run, the tornado, the correlations and the top drivers, by default', async () => {
    const file = writeFile('dominated-table.json', JSON.stringify(DOMINATED));
    const { code, stdout, stderr } = await cli(['sensitivity', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['What drives the loss: One big loss', '400 simulated years and seed 3 in every run']);
    const header = lines.findIndex((line) => line.startsWith('Input') && line.includes('Swing'));
    expect(lines[header]).toMatch(/^Input +Low +High +Mean at low +Mean at high +P95 at low +P95 at high +Swing$/);
    // The certain loss is no input; amounts compact to three significant figures, columns aligned.
    expect(lines.slice(header, header + 3)).toEqual([
      'Input               Low  High  Mean at low  Mean at high  P95 at low  P95 at high  Swing',
      'Outage: big loss    €1M   €3M          €1M           €3M         €1M          €3M    €2M',
      'Outage: small loss  €1K   €2K          €2M           €2M      €2.93M       €2.93M    €1K',
    ]);
    expect(lines).toContain('Outage: big loss                1.00     each incident');
    expect(lines.at(-2)).toBe('What moves the expected annual loss most: Outage: big loss (from €1M to €3M), then Outage: small loss.');
  });

  it('shows progress on a terminal only, on one line of stderr', async () => {
    const file = writeFile('dominated-progress.json', JSON.stringify(DOMINATED));
    const { code, stderr } = await cli(['sensitivity', file], true);
    expect(code).toBe(0);
    expect(stderr.startsWith('\rwhat drives the loss: ')).toBe(true);
    expect(stderr.endsWith('100%\n')).toBe(true);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('writes rank correlations to two decimals, never "-0.00", and "-" for none', () => {
    expect([0.8149, -0.004, -0.25, 1, null].map(formatCorrelation)).toEqual(['0.81', '0.00', '-0.25', '1.00', '-']);
  });
});

describe('aftermath sensitivity with bad arguments or files', () => {
  it.each([
    [['--format', 'csv'], '--format must be one of: table, json, got "csv"'],
    [['--threshold', '5'], 'unknown option --threshold for "sensitivity" (allowed: --trials, --seed, --format)'],
    [['--trials', '5'], '--trials must be a whole number from 100 to 10,000,000, got "5"'],
    [['--seed', '-1'], '--seed needs a number, got "-1"'],
    [['--trials'], '--trials needs a value'],
    [['a.json', 'b.json'], '"sensitivity" takes one file or id, got: a.json b.json'],
  ])('%j exits 2 naming the problem', async (args, message) => {
    const { code, stdout, stderr } = await cli(['sensitivity', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`aftermath: ${message}`);
    expect(stderr).toContain('Run "aftermath help" for usage.');
  });

  it('names a missing file and exits 2', async () => {
    const missing = path.join(workDir, 'missing.json');
    const { code, stderr } = await cli(['sensitivity', missing]);
    expect(code).toBe(2);
    expect(stderr.startsWith(`aftermath: ${missing}: 1 problem\n`)).toBe(true);
  });

  it('lists every problem of an invalid file by its JSON path and exits 2', async () => {
    const bad = { ...DOMINATED, threats: [{ ...DOMINATED.threats[0], frequency: -1 }], organisation: { ...DOMINATED.organisation, annualRevenue: 'lots' } };
    const file = writeFile('bad.json', JSON.stringify(bad));
    const { code, stdout, stderr } = await cli(['sensitivity', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`aftermath: ${file}: `);
    expect(stderr).toContain('threats[0].frequency');
    expect(stderr).toContain('organisation.annualRevenue');
  });

  it('refuses a file that is not JSON, naming it', async () => {
    const file = writeFile('not.json', '{ "format": ');
    const { code, stderr } = await cli(['sensitivity', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`aftermath: ${file}: 1 problem`);
  });

  it('parses to the sensitivity command with table by default', () => {
    expect(parseArgs(['sensitivity'])).toEqual({ name: 'sensitivity', file: undefined, trials: undefined, seed: undefined, format: 'table' });
    expect(parseArgs(['sensitivity', 'x.json', '--format', 'json', '--trials', '1e4'])).toEqual({ name: 'sensitivity', file: 'x.json', trials: 10_000, seed: undefined, format: 'json' });
  });
});
