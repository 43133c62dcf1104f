/** The input catalogue and threat templates: every input named, every starting value valid and sourced. */
import { describe, expect, it } from 'vitest';
import { ALL_FIELDS, DATA_FIELDS, fieldFor, genericPath, unitText } from '../../shared/model/inputCatalogue';
import { threatTemplate } from '../../shared/presets/threatTemplates';
import { inputLeaves } from '../../shared/presets/inputPaths';
import { PRESETS } from '../../shared/presets/index';
import { parseScenario } from '../../shared/scenario/parse';
import { THREAT_KINDS } from '../../shared/model/vocabulary';
import { defaultValueOf, sourceOfInput } from '../../shared/model/defaultSources';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { gpPractice } from '../../shared/presets/gpPractice';
import type { Scenario } from '../../shared/scenario/schemaV1';

describe('input catalogue', () => {
  it('names the hospital’s health records input as the brief asks', () => {
    expect(DATA_FIELDS.find((field) => field.path === 'organisation.records.health')?.label).toBe('Health records held');
  });

  it('has a label, help and unique path for every input', () => {
    expect(new Set(ALL_FIELDS.map((field) => field.path)).size).toBe(ALL_FIELDS.length);
    for (const field of ALL_FIELDS) {
      expect(field.label.length).toBeGreaterThan(3);
      expect(field.help.length).toBeGreaterThan(20);
    }
  });

  it('covers every numeric input of every preset', () => {
    for (const preset of PRESETS) {
      for (const leaf of inputLeaves(preset.scenario)) {
        if (leaf.path.startsWith('simulation') || leaf.path.includes('customLosses') || leaf.path.startsWith('timing')) continue;
        expect(fieldFor(leaf.path), `${preset.id}: ${leaf.path}`).toBeDefined();
      }
    }
    expect(genericPath('threats[12].disruption.outageDays')).toBe('threats[*].disruption.outageDays');
  });

  it('says the unit in words', () => {
    expect(unitText('moneyPerPerson', 'GBP')).toBe('GBP per person');
    expect(unitText('share', 'USD')).toBe('%');
  });

  it('finds a source for every default the model falls back on', () => {
    for (const field of ALL_FIELDS) {
      const fallback = defaultValueOf(field.path, 'hipaa');
      if (fallback !== undefined) expect(sourceOfInput(field.path, undefined, 'hipaa'), field.path).toBeDefined();
    }
    expect(sourceOfInput('threats[0].frequency', regionalHospital.provenance, 'hipaa')?.note).toMatch(/ransomware/i);
  });
});

describe.each(THREAT_KINDS)('threat template: %s', (kind) => {
  it.each([
    ['a US hospital', regionalHospital.scenario],
    ['a UK practice', gpPractice.scenario],
  ])('is valid for %s and sources every number it sets', (_name, scenario: Scenario) => {
    const template = threatTemplate(kind, scenario.organisation, scenario.currency, 'Added threat');
    const parsed = parseScenario({ ...scenario, threats: [...scenario.threats, template.threat] });
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const missing = inputLeaves(template.threat)
      .filter((leaf) => leaf.value !== 0 && !(leaf.path in template.provenance))
      .map((leaf) => leaf.path);
    expect(missing).toEqual([]);
  });
});
