/** `aftermath simulate` with an insurance programme: the JSON fields the insurance issue names, the table and the CSV. */
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

describe('aftermath simulate with insurance', () => {
  it('adds insurance to the JSON with every field named, equal to the engine’s', async () => {
    const { code, stdout, stderr } = await cli('simulate', '--format', 'json', '--seed', '3', '--trials', '4000');
    expect([code, stderr]).toEqual([0, '']);
    const insurance = JSON.parse(stdout).insurance;
    const expected = runScenario(regionalHospital.scenario, { trials: 4000, seed: 3 }).insurance!;
    expect(insurance.expectedRecovery).toBe(expected.expectedRecovery);
    expect(Object.keys(insurance.retained).sort()).toEqual(['mean', 'p50', 'p90', 'p95', 'p99']);
    expect(insurance.probabilityOfClaim).toBe(expected.probabilityOfClaim);
    expect(insurance.layers.map((layer: { name: string }) => layer.name)).toEqual(['Primary', 'Excess']);
    for (const layer of insurance.layers) {
      for (const key of ['expectedLoss', 'sd', 'probabilityOfAttachment', 'probabilityOfExhaustion', 'rateOnLine', 'lossRatio', 'technicalPremium']) {
        expect(typeof layer[key], key).toBe('number');
      }
    }
    expect(insurance.layers[0].rateOnLine).toBe(0.07);
  });

  it('lists the layers and what stays with the organisation in the table, and the layer figures in the CSV', async () => {
    const table = await cli('simulate', '--seed', '3', '--trials', '4000');
    expect(table.stdout).toContain('Expected annual recovery');
    expect(table.stdout).toMatch(/Primary\s+\$0\s+\$5,000,000/);
    expect(table.stdout).toContain('What stays with you (mean a year)');
    const csv = await cli('simulate', '--format', 'csv', '--seed', '3', '--trials', '4000');
    expect(csv.stdout).toMatch(/^insuranceLayer,Excess,probabilityOfExhaustion,[\d.e-]+$/m);
    expect(csv.stdout).toMatch(/^insuranceGap,excluded,mean,[\d.e-]+$/m);
  });
});
