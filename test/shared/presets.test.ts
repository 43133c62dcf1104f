/**
 * The built-in presets: each is a valid scenario that relies on no unflagged default, says where
 * every one of its numbers comes from, and lands inside the published range for its sector and
 * size (organisations) or beside the published total (incident replays).
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../shared/presets/index';
import { inputLeaves } from '../../shared/presets/inputPaths';
import { parseScenario } from '../../shared/scenario/parse';
import { buildPlan } from '../../shared/model/plan';
import { runScenario } from '../../shared/engine/runScenario';
import { findBenchmark } from '../../shared/benchmarks/benchmarks';
import { convert } from '../../shared/benchmarks/exchangeRates';
import { SOURCES } from '../../shared/sources/sources';

function valueAt(root: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let current: unknown = root;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

describe.each(PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (_id, preset) => {
  it('is a valid scenario that needs no defaults in another currency', () => {
    const parsed = parseScenario(preset.scenario);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(buildPlan(preset.scenario).warnings).toEqual([]);
  });

  it('gives a source or an assumption label for every number it sets', () => {
    const missing = inputLeaves(preset.scenario)
      .filter((leaf) => leaf.value !== 0 && !(leaf.path in preset.provenance))
      .map((leaf) => leaf.path);
    expect(missing).toEqual([]);
  });

  it('cites only inputs that exist and sources that exist', () => {
    for (const [path, provenance] of Object.entries(preset.provenance)) {
      expect(valueAt(preset.scenario, path), `provenance for a missing input: ${path}`).not.toBeUndefined();
      for (const source of provenance.sources ?? []) expect(SOURCES[source]).toBeDefined();
      expect(provenance.note.length).toBeGreaterThan(10);
    }
  });

  const calibration = preset.calibration;
  if (calibration.kind === 'medianEvent') {
    it('has a median single-event cost inside the published range for its sector and size', () => {
      const result = runScenario(preset.scenario, { trials: 100_000, seed: 1 });
      const low = findBenchmark(calibration.low)!;
      const high = findBenchmark(calibration.high)!;
      const lowValue = convert(low.value, low.currency, preset.scenario.currency)!;
      const highValue = convert(high.value, high.currency, preset.scenario.currency)!;
      expect(result.event.p50).toBeGreaterThanOrEqual(lowValue);
      expect(result.event.p50).toBeLessThanOrEqual(highValue);
    });
  } else {
    it('reproduces the published total of the incident within 5%', () => {
      const result = runScenario(preset.scenario, { trials: 20_000, seed: 1 });
      const published = findBenchmark(calibration.published)!;
      expect(published.currency).toBe(preset.scenario.currency);
      expect(result.probabilityOfAnyLoss).toBe(1);
      expect(Math.abs(result.annualLoss.mean / published.value - 1)).toBeLessThan(0.05);
    });
  }
});

describe('preset list', () => {
  it('holds the eight organisations and two incident replays the brief names', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([
      'regional-hospital',
      'gp-practice',
      'community-clinic',
      'bank',
      'retailer',
      'saas-company',
      'university',
      'local-council',
      'wannacry-nhs',
      'scripps-health',
    ]);
    expect(new Set(PRESETS.map((preset) => preset.scenario.name)).size).toBe(PRESETS.length);
  });

  it('replays WannaCry with 19,000 cancelled appointments', () => {
    const wannacry = PRESETS.find((preset) => preset.id === 'wannacry-nhs')!;
    const result = runScenario(wannacry.scenario, { trials: 20_000, seed: 1 });
    expect(result.impact.appointmentsCancelledPerYear).toBeGreaterThan(18_000);
    expect(result.impact.appointmentsCancelledPerYear).toBeLessThan(20_000);
  });
});
