/** The scenario file format: valid files parse; every mistake is reported by path, all at once. */
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../shared/scenario/parse';
import { errorToText } from '../../shared/scenario/issues';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { buildPlan } from '../../shared/model/plan';

// A deep copy to break on purpose (JSON.parse gives an untyped value, as a file would).
const clone = () => JSON.parse(JSON.stringify(regionalHospital.scenario));

function errorsOf(input: unknown): string[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be invalid');
  return result.errors.map(errorToText);
}

describe('scenario schema v1', () => {
  it('accepts the regional hospital preset', () => {
    const result = parseScenario(regionalHospital.scenario);
    expect(result.ok).toBe(true);
  });

  it('accepts a minimal scenario with plain numbers for constants', () => {
    const minimal = {
      format: 'aftermath-scenario',
      version: 1,
      name: 'Minimal',
      currency: 'USD',
      organisation: { name: 'Org', sector: 'retail', region: 'US', annualRevenue: 1e6, operatingDaysPerYear: 300, records: {} },
      threats: [{ name: 'Loss', kind: 'custom', frequency: 0.5, customLosses: [{ name: 'Fixed', category: 'recovery', perEvent: 1000 }] }],
    };
    const result = parseScenario(minimal);
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.scenario as Scenario).threats[0]?.frequency).toBe(0.5);
  });

  it('names the path and the bounds when high < low', () => {
    const file = clone();
    file.threats[0].frequency = { dist: 'pert', low: 0.5, mode: 0.4, high: 0.2 };
    const errors = errorsOf(file);
    expect(errors).toContain('threats[0].frequency.high must be >= low (low is 0.5, high is 0.2)');
  });

  it('reports three mistakes as three path-named errors, all at once', () => {
    const file = clone();
    file.organisation.sector = 'hospital';
    file.threats[1].frequency = { dist: 'lognormal', low: 0, high: 2 };
    file.organisation.records.helth = 10;
    const errors = errorsOf(file);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/^organisation\.sector must be one of: .*"healthcare".* \(got the text "hospital"\)/m);
    expect(errors.join('\n')).toMatch(/^threats\[1\]\.frequency\.low must be > 0 for a lognormal \(got 0\)/m);
    expect(errors.join('\n')).toMatch(/^organisation\.records\.helth is not a known field \(did you mean "health"\?/m);
  });

  it('refuses unknown fields everywhere, listing what is allowed', () => {
    const file = clone();
    file.extra = true;
    file.threats[0].disruption.outageDayz = 3;
    file.threats[0].frequency.gama = 4;
    const errors = errorsOf(file);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^extra is not a known field \(allowed here: format, version, name/),
        expect.stringMatching(/^threats\[0\]\.disruption\.outageDayz is not a known field \(did you mean "outageDays"\?/),
        'threats[0].frequency.gama is not a field of a pert distribution (allowed: dist, low, mode, high, gamma)',
      ]),
    );
  });

  it('says which field is missing and which has the wrong type', () => {
    const file = clone();
    delete file.organisation.annualRevenue;
    file.organisation.operatingDaysPerYear = '365';
    const errors = errorsOf(file);
    expect(errors).toContain('organisation.annualRevenue is required');
    expect(errors).toContain('organisation.operatingDaysPerYear must be a number (got the text "365")');
  });

  it('keeps shares between 0 and 1 and refuses a lognormal share', () => {
    const file = clone();
    file.threats[0].disruption.operationsLost = 1.5;
    file.threats[0].exposure.health = { dist: 'lognormal', low: 0.1, high: 0.5 };
    const errors = errorsOf(file);
    expect(errors).toContain('threats[0].disruption.operationsLost must be between 0 and 1 (got 1.5)');
    expect(errors).toContain('threats[0].exposure.health.dist must be one of: constant, uniform, triangular, pert (got the text "lognormal")');
  });

  it('bounds numbers so results stay finite and runs stay short', () => {
    const file = clone();
    file.threats[0].frequency = 1e6;
    file.organisation.annualRevenue = 1e300;
    const errors = errorsOf(file);
    expect(errors).toContain('threats[0].frequency must be between 0 and 365 events a year (got 1000000)');
    expect(errors.some((e) => e.startsWith('organisation.annualRevenue must be <= 1000000000000'))).toBe(true);
  });

  it('keeps custom threats to their stated losses', () => {
    const file = clone();
    file.threats[3] = { name: 'Custom', kind: 'custom', frequency: 1, investigation: 10 };
    const errors = errorsOf(file);
    expect(errors).toContain('threats[3].investigation is not allowed on a custom threat, which carries only customLosses');
    expect(errors).toContain('threats[3].customLosses must list at least one loss for a custom threat');
  });

  it('requires an exchange rate when the regime caps are in another currency', () => {
    const file = clone();
    file.currency = 'GBP';
    const errors = errorsOf(file);
    expect(errors[0]).toMatch(/^regulation\.exchangeRate is required: HIPAA caps are set in USD and this scenario is in GBP/);
  });

  it('refuses files of another format or a newer version, and non-objects', () => {
    expect(errorsOf({ format: 'something-else', version: 1 })[0]).toMatch(/^format must be "aftermath-scenario"/);
    expect(errorsOf({ ...clone(), version: 99 })[0]).toMatch(/^version is 99, but this version of Aftermath reads files up to version 1/);
    expect(errorsOf([1, 2, 3])).toEqual(['the file must be a JSON object holding a scenario']);
    expect(errorsOf(null)).toEqual(['the file must be a JSON object holding a scenario']);
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = parseScenarioText('{\n  "format": "aftermath-scenario",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorToText(result.errors[0]!)).toMatch(/^the file is not valid JSON at line 3, column 16/);
  });

  it('keeps regime-specific settings to their regime', () => {
    const file = clone();
    file.regulation = { regime: 'gdpr', hipaaTier: 2, exchangeRate: 1.1 };
    file.currency = 'USD';
    expect(errorsOf(file)).toContain("regulation.hipaaTier applies only to the hipaa regime (this scenario's regime is gdpr)");
    const tier = clone();
    tier.regulation = { regime: 'hipaa', hipaaTier: 5 };
    expect(errorsOf(tier)).toContain('regulation.hipaaTier must be 1, 2, 3 or 4');
  });

  it('refuses an exchange rate the regime does not need, and fine settings with no regime', () => {
    const file = clone();
    file.regulation = { regime: 'hipaa', exchangeRate: 1000 };
    expect(errorsOf(file)).toEqual(["regulation.exchangeRate must be left out: HIPAA caps are already in USD, the scenario's currency"]);
    const none = clone();
    none.regulation = { regime: 'none', fineProbability: 0.5 };
    expect(errorsOf(none)).toEqual(['regulation.fineProbability does not apply when the regime is none (no fines are modelled)']);
  });

  it('refuses duplicate threat names', () => {
    const file = clone();
    file.threats[1].name = file.threats[0].name;
    expect(errorsOf(file)).toContain('threats[1].name repeats the name of threats[0] ("Ransomware"); names must be unique');
  });
});

describe('defaults a scenario relies on', () => {
  it('warns when US-dollar defaults stand in for costs in another currency, and only when they are used', () => {
    const file = clone();
    file.currency = 'EUR';
    file.regulation = { regime: 'none' };
    const result = parseScenario(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const warnings = buildPlan(result.scenario).warnings;
    expect(warnings).toContain(
      'response.notificationCostPerPerson is not set, so its default in USD is used as if it were EUR; set it in EUR.',
    );
    const noExposure = { ...result.scenario, threats: result.scenario.threats.map(({ exposure: _exposure, ...threat }) => threat) };
    expect(buildPlan(noExposure).warnings).toEqual([]);
  });
});
