/** The command-line front end, run in-process: outputs, determinism, and every bad-input path. */
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { parseArgs } from '../../cli/args';

type Outcome = Readonly<{ code: number; stdout: string; stderr: string }>;

async function cli(...argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'aftermath-cli-'));
function writeFile(name: string, content: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

describe('aftermath simulate', () => {
  it('prints the JSON the skeleton issue names, for the built-in example', async () => {
    const { code, stdout, stderr } = await cli('simulate', '--format', 'json', '--seed', '1', '--trials', '5000');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.scenario).toBe('Regional hospital');
    expect(result.currency).toBe('USD');
    expect(result.trials).toBe(5000);
    expect(result.seed).toBe(1);
    for (const key of ['mean', 'sd', 'p50', 'p90', 'p95', 'p99']) expect(typeof result.annualLoss[key]).toBe('number');
    expect(result.probabilityOfAnyLoss).toBeGreaterThan(0);
    expect(result.exceedance.length).toBeGreaterThanOrEqual(50);
    for (let i = 1; i < result.exceedance.length; i += 1) {
      expect(result.exceedance[i].probability).toBeLessThanOrEqual(result.exceedance[i - 1].probability);
    }
    for (const id of ['detection', 'notification', 'response', 'disruption', 'recovery', 'lostBusiness']) {
      expect(typeof result.categories[id].mean).toBe('number');
    }
  });

  it('prints the same numbers for the same seed, and other numbers for another seed', async () => {
    const a = await cli('simulate', '--format', 'json', '--seed', '7', '--trials', '3000');
    const b = await cli('simulate', '--format', 'json', '--seed', '7', '--trials', '3000');
    const c = await cli('simulate', '--format', 'json', '--seed', '8', '--trials', '3000');
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('reports the chance of exceeding each --threshold', async () => {
    const { stdout } = await cli('simulate', '--format', 'json', '--trials', '2000', '--threshold', '1e6', '--threshold', '10000000');
    const result = JSON.parse(stdout);
    expect(result.exceedanceAt.map((p: { loss: number }) => p.loss)).toEqual([1e6, 1e7]);
  });

  it('prints an aligned, currency-formatted table by default', async () => {
    const { code, stdout } = await cli('simulate', '--trials', '2000');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Regional hospital \(USD\), 2,000 simulated years, seed 1/);
    expect(stdout).toMatch(/Expected annual loss +\$[\d,]+/);
    expect(stdout).toMatch(/1-in-20-year loss \(P95\) +\$[\d,]+/);
    const lines = stdout.split('\n').filter((line) => /^(Expected annual loss|1-in-20-year loss)/.test(line));
    expect(lines[0]!.length).toBe(lines[1]!.length);
  });

  it('prints tidy CSV that agrees with the JSON', async () => {
    const csv = (await cli('simulate', '--format', 'csv', '--trials', '2000', '--seed', '3')).stdout;
    const json = JSON.parse((await cli('simulate', '--format', 'json', '--trials', '2000', '--seed', '3')).stdout);
    const rows = csv.trim().split('\n').map((line) => line.split(','));
    expect(rows[0]).toEqual(['section', 'item', 'statistic', 'value']);
    const mean = rows.find((row) => row[0] === 'annualLoss' && row[2] === 'mean');
    expect(Number(mean![3])).toBe(json.annualLoss.mean);
    expect(rows.filter((row) => row[0] === 'exceedance').length).toBe(json.exceedance.length * 2);
  });

  it('simulates a file written by "preset" exactly like the built-in example', async () => {
    const preset = await cli('preset', 'regional-hospital');
    const file = writeFile('h.json', preset.stdout);
    const fromFile = await cli('simulate', file, '--format', 'json', '--seed', '2', '--trials', '2000');
    const builtIn = await cli('simulate', '--format', 'json', '--seed', '2', '--trials', '2000');
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(builtIn.stdout);
  });
});

describe('bad input: a message naming what is wrong, exit code 2, no stack trace', () => {
  it.each([
    [['simulate', '--trials', 'lots'], /--trials needs a number, got "lots"/],
    [['simulate', '--trials', '5'], /--trials must be a whole number from 100 to 10,000,000, got "5"/],
    [['simulate', '--seed', '-1'], /--seed needs a number, got "-1"/],
    [['simulate', '--seed', '1.5'], /--seed must be a whole number from 0/],
    [['simulate', '--format', 'xml'], /--format must be one of: table, json, csv, got "xml"/],
    [['simulate', '--format'], /--format needs a value/],
    [['simulate', '--trails', '10'], /unknown option --trails for "simulate" \(allowed: --trials, --seed, --format, --threshold, --workers\)/],
    [['simulate', '--seed', '1', '--seed', '2'], /--seed was given 2 times/],
    [['simulate', 'a.json', 'b.json'], /"simulate" takes one file or id, got: a.json b.json/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['validate'], /validate needs a scenario file/],
    [['preset'], /preset needs an id/],
    [['preset', 'castle'], /no preset "castle" \(presets: regional-hospital/],
    [['presets', '--json', 'x'], /unknown option --json for "presets" \(it takes no options\)/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a file with three mistakes gets three path-named errors', async () => {
    const scenario = JSON.parse((await cli('preset', 'regional-hospital')).stdout);
    scenario.organisation.annualRevenue = -5;
    scenario.threats[0].frequency = { dist: 'pert', low: 0.1, mode: 0.5, high: 0.3 };
    scenario.threats[2].kind = 'meteor';
    const file = writeFile('three-mistakes.json', JSON.stringify(scenario));
    const { code, stderr } = await cli('simulate', file);
    expect(code).toBe(2);
    expect(stderr).toContain('3 problems');
    expect(stderr).toContain('organisation.annualRevenue must be >= 0 (got -5)');
    expect(stderr).toContain('threats[0].frequency.mode must be between low and high (low is 0.1, mode is 0.5, high is 0.3)');
    expect(stderr).toMatch(/threats\[2\]\.kind must be one of: "ransomware", .* \(got the text "meteor"\)/);
    const validate = await cli('validate', file);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('3 problems');
  });

  it('names a missing file, a folder, an oversized file, bad JSON and an empty file', async () => {
    expect((await cli('simulate', path.join(workDir, 'nope.json'))).stderr).toMatch(/nope\.json: 1 problem\n {2}- no such file/);
    const folder = path.join(workDir, 'folder');
    mkdirSync(folder, { recursive: true });
    expect((await cli('validate', folder)).stderr).toMatch(/is a folder, not a scenario file/);
    const big = writeFile('big.json', ' '.repeat(5 * 1024 * 1024 + 1));
    expect((await cli('validate', big)).stderr).toMatch(/is 5\.0 MB; scenario files are limited to 5 MB/);
    expect((await cli('validate', writeFile('bad.json', '{"format": '))).stderr).toMatch(/the file is not valid JSON/);
    expect((await cli('validate', writeFile('empty.json', ''))).stderr).toMatch(/the file is not valid JSON/);
  });

  it('refuses a run too large for memory before starting it, saying how many years would fit', async () => {
    const scenario = JSON.parse((await cli('preset', 'regional-hospital')).stdout);
    scenario.threats = [{ name: 'Daily', kind: 'custom', frequency: 365, customLosses: [{ name: 'Loss', category: 'recovery', perEvent: 10 }] }];
    const file = writeFile('daily.json', JSON.stringify(scenario));
    const { code, stderr } = await cli('simulate', file, '--trials', '10000000');
    expect(code).toBe(2);
    expect(stderr).toMatch(/this run would simulate about 3,650,000,000 incidents .* the limit is 20,000,000\. Simulate at most 54,700 years for this scenario\./);
  });

  it('refuses devices and pipes rather than reading them forever', async () => {
    const { code, stderr } = await cli('validate', '/dev/zero');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a regular file/);
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const scenario = JSON.parse((await cli('preset', 'regional-hospital')).stdout);
    scenario.name = '=HYPERLINK("http://x")';
    scenario.threats[0].name = '+cmd';
    const file = writeFile('formula.json', JSON.stringify(scenario));
    const { stdout } = await cli('simulate', file, '--format', 'csv', '--trials', '1000');
    expect(stdout).toMatch(/^run,scenario,name,"'=HYPERLINK\(""http:\/\/x""\)"$/m);
    expect(stdout).toMatch(/^threat,'\+cmd,meanAnnualLoss,/m);
  });

  it('leaves the scenario file untouched', async () => {
    const content = '{"format":"aftermath-scenario","version":1,"name":""}';
    const file = writeFile('untouched.json', content);
    await cli('simulate', file);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('validates a good file with exit code 0', async () => {
    const file = writeFile('good.json', (await cli('preset', 'regional-hospital')).stdout);
    const { code, stdout } = await cli('validate', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid scenario "Regional hospital" with 4 threats/);
  });
});

describe('help, version and presets', () => {
  it('prints usage for help, --help and no arguments', async () => {
    for (const argv of [[], ['help'], ['--help'], ['simulate', '--help']]) {
      const { code, stdout } = await cli(...argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Aftermath: what a cyber attack would cost/);
    }
  });
  it('lists presets with their ids', async () => {
    expect((await cli('presets')).stdout).toMatch(/^regional-hospital +Regional hospital:/);
  });
  it('parses flags written as --flag=value and numbers with exponents or underscores', () => {
    expect(parseArgs(['simulate', '--trials=1e5', '--seed', '1_000'])).toMatchObject({ trials: 100_000, seed: 1000 });
  });
});
