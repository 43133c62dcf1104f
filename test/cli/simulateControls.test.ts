/** `aftermath simulate` with controls and a risk appetite: the JSON fields issue 7 names, the table and the CSV. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { runScenario } from '../../shared/engine/runScenario';
import { regionalHospital } from '../../shared/presets/regionalHospital';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const scenario = {
  ...regionalHospital.scenario,
  controls: [
    { id: 'edr', status: 'inPlace', annualCost: 80_000 },
    { id: 'immutable-backups', status: 'proposed', annualCost: 60_000, oneOffCost: 120_000 },
    { id: 'mfa', status: 'proposed', annualCost: 30_000 },
  ],
  appetite: [{ loss: 20_000_000, probability: 0.01 }],
};
const file = path.join(mkdtempSync(path.join(tmpdir(), 'aftermath-controls-')), 'controls.json');
writeFileSync(file, JSON.stringify(scenario));

describe('aftermath simulate with controls and appetite', () => {
  it('adds controls[] with every field the issue names, equal to the engine’s, and the appetite verdict', async () => {
    const { code, stdout, stderr } = await cli('simulate', file, '--format', 'json', '--trials', '3000', '--seed', '2');
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout);
    const expected = runScenario(scenario as never, { trials: 3000, seed: 2 });
    expect(json.controls.map((control: { id: string; status: string }) => [control.id, control.status])).toEqual([
      ['edr', 'inPlace'],
      ['immutable-backups', 'proposed'],
      ['mfa', 'proposed'],
    ]);
    for (const [i, control] of json.controls.entries()) {
      for (const key of ['aleReduction', 'p95Reduction', 'rosi', 'probabilityRosiPositive']) expect(typeof control[key], key).toBe('number');
      expect(control.aleReduction).toBe(expected.controls![i]!.aleReduction);
    }
    expect(json.controlPortfolio.combination).toHaveLength(3);
    expect(json.appetite.points[0].loss).toBe(20_000_000);
    expect(typeof json.appetite.within).toBe('boolean');
  });

  it('shows the controls, the best combination and the appetite in the table, and rows in the CSV', async () => {
    const table = await cli('simulate', file, '--trials', '3000', '--seed', '2');
    expect(table.stdout).toMatch(/Endpoint detection and response\s+in place/);
    expect(table.stdout).toContain('Best combination, step by step');
    const verdict = runScenario(scenario as never, { trials: 3000, seed: 2 }).appetite!;
    expect(table.stdout).toContain(`Risk appetite: ${verdict.within ? 'within' : 'beyond'}`);
    const csv = await cli('simulate', file, '--format', 'csv', '--trials', '3000', '--seed', '2');
    expect(csv.stdout).toMatch(/^control,mfa,rosi,-?[\d.e-]+$/m);
    expect(csv.stdout).toContain(`appetite,20000000,within,${verdict.within}`);
  });
});
