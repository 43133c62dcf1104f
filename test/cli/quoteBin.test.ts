/**
 * `aftermath quote` as a user runs it: the built CLI (bin/aftermath.js, out/cli/aftermath.js and
 * its worker out/cli/quoteWorker.js) in a separate process. Needs the built CLI (npm run build:cli).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/runScenario';
import { csvRecords } from '../../shared/format/csv';
import { findPreset } from '../../shared/presets/index';
import { parseScenario } from '../../shared/scenario/parse';

const bin = path.resolve('bin/aftermath.js');
const folder = mkdtempSync(path.join(tmpdir(), 'aftermath-quote-bin-'));

type Run = Readonly<{ status: number | null; stdout: string; stderr: string }>;

function run(...args: string[]): Run {
  return spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
}

const LAYERS = '1M xs 250k, 4M xs 1.25M';

writeFileSync(
  path.join(folder, 'portfolio.csv'),
  [
    'id,preset,sector,name,revenue,records.personal,threats[0].frequency',
    'h1,,healthcare,"Hospital, North",250M,,',
    'b1,bank,,"First',
    'Bank",800M,250k,0.1',
    'r1,retailer,,,,,',
    'oops,bank,,,12x,,',
    's1,,technology,,,,',
    'u1,,education,,,,',
  ].join('\r\n'),
);

function quotes(csv: string): Record<string, string>[] {
  const [header, ...rows] = csvRecords(csv);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('aftermath quote (built)', () => {
  it('has a built CLI and quote worker to run', () => {
    expect(existsSync(path.resolve('out/cli/aftermath.js')), 'run "npm run build:cli" first').toBe(true);
    expect(existsSync(path.resolve('out/cli/quoteWorker.js')), 'run "npm run build:cli" first').toBe(true);
  });

  let one: Run;
  let three: Run;
  let toFile: Run;
  beforeAll(() => {
    one = run('quote', 'portfolio.csv', '--layers', LAYERS, '--trials', '2000', '--workers', '1');
    three = run('quote', 'portfolio.csv', '--layers', LAYERS, '--trials', '2000', '--workers', '3');
    toFile = run('quote', 'portfolio.csv', '--layers', LAYERS, '--trials', '2000', '--workers', '3', '--out', 'quotes.csv');
  }, 120_000);

  it('gives byte-identical output with one worker or three, on stdout and in --out', () => {
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(three.stdout).toBe(one.stdout);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(path.join(folder, 'quotes.csv'), 'utf8')).toBe(one.stdout);
  });

  it('exits 2 naming the bad row by its physical line, and quotes the others in input order', () => {
    for (const result of [one, three, toFile]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('portfolio.csv line 6 (id "oops"): column 5 ("revenue"): "12x" is not a number');
      expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('1 of 6 organisations could not be quoted');
      expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
    expect([...new Set(quotes(one.stdout).map((row) => `${row['id']}:${row['preset']}`))]).toEqual(['h1:regional-hospital', 'b1:bank', 'r1:retailer', 's1:saas-company', 'u1:university']);
  });

  it('reports progress on stderr as plain lines when it is not a terminal', () => {
    const progress = one.stderr.split('\n').filter((line) => line.startsWith('quoted '));
    expect(progress).toEqual(['quoted 1 of 5 organisations', 'quoted 2 of 5 organisations', 'quoted 3 of 5 organisations', 'quoted 4 of 5 organisations', 'quoted 5 of 5 organisations']);
    expect(one.stderr).not.toContain('\r');
  });

  it('quotes exactly what runScenario gives for the same scenario', () => {
    const document = JSON.parse(JSON.stringify(findPreset('bank')!.scenario));
    document.organisation.name = 'First\r\nBank';
    document.organisation.annualRevenue = 800_000_000;
    document.organisation.records.personal = 250_000;
    document.threats[0].frequency = 0.1;
    document.insurance = {
      retention: 0,
      layers: [
        { name: 'Layer 1', attachment: 250_000, limit: 1_000_000 },
        { name: 'Layer 2', attachment: 1_250_000, limit: 4_000_000 },
      ],
    };
    const parsed = parseScenario(document);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const result = runScenario(parsed.scenario, { trials: 2000 });
    const rows = quotes(one.stdout).filter((row) => row['id'] === 'b1');
    expect(rows.map((row) => Number(row['expectedLoss']))).toEqual(result.insurance!.layers.map((layer) => layer.expectedLoss));
    expect(rows.map((row) => Number(row['sd']))).toEqual(result.insurance!.layers.map((layer) => layer.sd));
    expect(Number(rows[0]!['grossMeanAnnualLoss'])).toBe(result.annualLoss.mean);
    expect([rows[0]!['trials'], rows[0]!['seed']]).toEqual(['2000', '1']);
    expect(result.insurance!.layers[0]!.expectedLoss).toBeGreaterThan(0);
  });
});
