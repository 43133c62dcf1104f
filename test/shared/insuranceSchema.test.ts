/** The insurance block of a scenario file: every mistake named by its path. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../shared/scenario/parse';
import { errorToText } from '../../shared/scenario/issues';
import { regionalHospital } from '../../shared/presets/regionalHospital';

const programme = () => ({
  retention: 250_000,
  annualAggregateRetention: null,
  coinsurance: 0,
  waitingPeriodHours: 12,
  indemnityPeriodDays: 120,
  sublimits: { disruption: 2_000_000, ransom: 500_000, regulatoryFines: 1_000_000 },
  excluded: ['lostBusiness'],
  layers: [
    { name: 'Primary', attachment: 0, limit: 1_000_000, premium: 40_000 },
    { name: 'Excess', attachment: 1_000_000, limit: 4_000_000, premium: 30_000 },
  ],
});

// JSON round trip: an untyped value, as a file would give.
const withInsurance = (insurance: unknown) => JSON.parse(JSON.stringify({ ...regionalHospital.scenario, insurance }));

function errorsOf(insurance: unknown): string[] {
  const result = parseScenario(withInsurance(insurance));
  if (result.ok) throw new Error('expected the scenario to be invalid');
  return result.errors.map(errorToText);
}

describe('insurance programme in the scenario file', () => {
  it('accepts the programme as written in the issue, nulls included', () => {
    const result = parseScenario(withInsurance(programme()));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('refuses overlapping layers, naming the layer and where the one below ends', () => {
    const p = programme();
    p.layers[1]!.attachment = 900_000;
    expect(errorsOf(p)).toEqual([
      'insurance.layers[1].attachment overlaps layers[0] ("Primary"), which covers up to 1000000; list layers from the bottom up, each attaching where the one below ends',
    ]);
  });

  it('refuses a gap between layers unless allowLayerGaps says it is intended', () => {
    const p = programme();
    p.layers[1]!.attachment = 2_000_000;
    expect(errorsOf(p)).toEqual([
      'insurance.layers[1].attachment leaves a gap above layers[0] ("Primary"), which ends at 1000000; attach at 1000000, or set allowLayerGaps to true if the gap is intended',
    ]);
    expect(parseScenario(withInsurance({ ...p, allowLayerGaps: true })).ok).toBe(true);
  });

  it('names every bad number: negative retention, coinsurance above 1, waiting period too long, indemnity period and limit not positive', () => {
    const p = { ...programme(), coinsurance: 1.5, retention: -1, waitingPeriodHours: 10_000, indemnityPeriodDays: 0 };
    p.layers = [{ name: 'Only', attachment: 0, limit: 0, premium: 1 }];
    expect(errorsOf(p)).toEqual([
      'insurance.retention must be >= 0 (got -1)',
      'insurance.coinsurance must be <= 1 (got 1.5)',
      'insurance.waitingPeriodHours must be <= 8760 (got 10000)',
      'insurance.indemnityPeriodDays must be > 0 (got 0)',
      'insurance.layers[0].limit must be > 0 (got 0)',
    ]);
  });

  it('refuses an aggregate retention below the per-event retention', () => {
    expect(errorsOf({ ...programme(), annualAggregateRetention: 100_000 })).toEqual([
      "insurance.annualAggregateRetention must be at least the per-event retention (250000): it caps the year's total of per-event retentions",
    ]);
  });

  it('refuses unknown cover names in sublimits and exclusions, and suggests the nearest', () => {
    const errors = errorsOf({ ...programme(), sublimits: { ransome: 1 }, excluded: ['lostbusiness'] });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^insurance\.sublimits\.ransome .*ransom/);
    expect(errors[1]).toMatch(/^insurance\.excluded\[0\] /);
  });

  it('refuses sublimits that could never apply, repeated exclusions, and repeated layer names', () => {
    const p = { ...programme(), excluded: ['lostBusiness', 'recovery', 'recovery'] };
    p.layers[1]!.name = 'Primary';
    const errors = errorsOf(p);
    expect(errors).toEqual(
      expect.arrayContaining([
        'insurance.excluded[2] lists "recovery" twice',
        'insurance.sublimits.ransom has no effect: its category "recovery" is excluded, so the policy never pays it',
        'insurance.layers[1].name repeats the name of layers[0] ("Primary"); names must be unique',
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('needs at least one layer and refuses unknown fields in the programme', () => {
    expect(errorsOf({ ...programme(), layers: [] })).toEqual(['insurance.layers must have at least 1 item(s)']);
    const errors = errorsOf({ ...programme(), deductible: 5 });
    expect(errors[0]).toMatch(/^insurance\.deductible /);
  });
});
