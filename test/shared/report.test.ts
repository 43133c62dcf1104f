/**
 * The board report's shared parts: SHA-256 against the FIPS 180-4 vectors and node:crypto; the
 * scenario's fingerprint against the bytes the app saves; and the assumption rows, checked for
 * every built-in preset: every input in the file listed with its value, the cited defaults of the
 * inputs left out, nothing that does not apply, the workspace's section order, and each value's
 * source (a preset's citation only while its value is unchanged, never a citation for a figure
 * the user typed).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/report/sha256';
import { scenarioFileText, scenarioHash } from '../../shared/report/fingerprint';
import { OWN_FIGURE, assumptionRows, provenanceStillApplying, type AssumptionRow, type AssumptionValue } from '../../shared/report/assumptions';
import { reportProvenance } from '../../shared/report/reportProvenance';
import { writeScenarioFile } from '../../main/files/scenarioFile';
import { PRESETS } from '../../shared/presets/index';
import { inputLeaves } from '../../shared/presets/inputPaths';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { gpPractice } from '../../shared/presets/gpPractice';
import { parseScenario, parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { ALL_FIELDS, SECTION_IDS, SECTION_TITLES } from '../../shared/model/inputCatalogue';
import { defaultProvenance, defaultValueOf } from '../../shared/model/defaultSources';
import { GDPR_TIER_DEFAULT, HIPAA_CAP_BASIS_DEFAULT, HIPAA_TIER_DEFAULT } from '../../shared/model/defaults';
import { HIPAA_TIER_LABELS } from '../../shared/model/regimes';
import { CONTROL_IDS, controlDefinition } from '../../shared/controls/library';
import { describeProvenance, type Provenance } from '../../shared/sources/provenance';
import { SOURCES, citeSource } from '../../shared/sources/sources';
import { scenarioArb } from './arbitraries';

const nodeSha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function valid(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

function valueAt(root: unknown, at: string): unknown {
  let node: unknown = root;
  for (const part of at.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** What a row should hold for a value in the file, worked out here rather than borrowed from the module. */
function expectedValue(raw: unknown): AssumptionValue {
  if (typeof raw === 'number') return { kind: 'number', value: raw };
  const spec = raw as Record<string, number> & { dist: string };
  switch (spec.dist) {
    case 'constant':
      return { kind: 'number', value: spec.value };
    case 'uniform':
      return { kind: 'range', distribution: 'uniform', low: spec.low, mode: null, high: spec.high, gamma: null };
    case 'triangular':
      return { kind: 'range', distribution: 'triangular', low: spec.low, mode: spec.mode, high: spec.high, gamma: null };
    case 'pert':
      return { kind: 'range', distribution: 'pert', low: spec.low, mode: spec.mode, high: spec.high, gamma: spec.gamma ?? 4 };
    case 'lognormal':
      return { kind: 'range', distribution: 'lognormal', low: spec.low, mode: null, high: spec.high, gamma: null };
    default:
      throw new Error(`not a value: ${JSON.stringify(raw)}`);
  }
}

const cited = (provenance: Provenance) => ({ source: describeProvenance(provenance), sourceIds: provenance.sources ?? [] });
const own = { source: OWN_FIGURE, sourceIds: [] };

function rowAt(rows: readonly AssumptionRow[], at: string): AssumptionRow {
  const found = rows.filter((row) => row.path === at);
  expect(found, `rows at ${at}`).toHaveLength(1);
  return found[0]!;
}

const presetCases = PRESETS.map((preset) => [preset.id, preset] as const);
const hospital = valid(regionalHospital.scenario);
const hospitalRows = assumptionRows(hospital, reportProvenance(hospital));

describe('sha256Hex', () => {
  it.each([
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['the 448-bit message', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'the 896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['one million "a"', 'a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('gives the FIPS 180-4 digest of %s', (_name, text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('agrees with node:crypto on every length across the padding boundaries, in one- to four-byte characters', () => {
    for (const unit of ['a', 'é', '€', '😀']) {
      for (let count = 0; count <= 140; count += 1) {
        const text = unit.repeat(count);
        expect(sha256Hex(text), `${count} × ${unit}`).toBe(nodeSha256(Buffer.from(text, 'utf8')));
      }
    }
  });

  it('writes a lone surrogate as U+FFFD, as UTF-8 encoders do, and keeps a surrogate pair as one character', () => {
    const replacement = sha256Hex('\uFFFD');
    expect(sha256Hex('\uD800')).toBe(replacement);
    expect(sha256Hex('\uDFFF')).toBe(replacement);
    expect(sha256Hex('a\uDC00b')).toBe(sha256Hex('a\uFFFDb'));
    expect(sha256Hex('\uDBFF\uDFFF')).toBe(nodeSha256(Buffer.from([0xf4, 0x8f, 0xbf, 0xbf])));
    expect(sha256Hex('\uDFFF\uDBFF')).toBe(sha256Hex('\uFFFD\uFFFD'));
  });

  it('agrees with node:crypto on arbitrary text, lone surrogates included (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      fc.string({ unit: 'binary-ascii', maxLength: 70 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const digest = sha256Hex(text);
        expect(digest).toMatch(/^[0-9a-f]{64}$/);
        expect(digest).toBe(nodeSha256(Buffer.from(text, 'utf8')));
      }),
      { numRuns: 400 },
    );
  });
});

describe('scenario fingerprint', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'aftermath-report-'));
  const unusual = valid({ ...regionalHospital.scenario, name: 'Hôpital “Sainte-Anne” — 😀 \\ "quoted"', description: 'Line one\nline two\ttabbed' });

  it.each([...presetCases.map(([id, preset]) => [id, valid(preset.scenario)] as const), ['a scenario with non-ASCII, quotes and escapes', unusual] as const])(
    'the file text is byte for byte what the app saves, and the hash is the SHA-256 of that file: %s',
    async (name, scenario) => {
      const file = path.join(folder, `${name.replace(/[^a-z-]/gi, '_')}.aftermath.json`);
      await writeScenarioFile(file, scenario);
      const saved = readFileSync(file);
      expect(Buffer.from(scenarioFileText(scenario), 'utf8').equals(saved)).toBe(true);
      expect(scenarioHash(scenario)).toBe(nodeSha256(saved));
    },
  );

  it('is two-space JSON with a final newline, reads back as the same scenario, and changes with any input', () => {
    const text = scenarioFileText(hospital);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "aftermath-scenario",');
    const readBack = parseScenarioText(text);
    expect(readBack.ok && readBack.scenario).toEqual(hospital);
    expect(scenarioHash(hospital)).toMatch(/^[0-9a-f]{64}$/);
    expect(scenarioHash(valid(JSON.parse(text)))).toBe(scenarioHash(hospital));
    const nudged = valid({ ...hospital, organisation: { ...hospital.organisation, annualRevenue: 400_000_001 } });
    expect(scenarioHash(nudged)).not.toBe(scenarioHash(hospital));
  });
});

describe('assumption rows of the built-in presets', () => {
  describe.each(presetCases)('%s', (_id, preset) => {
    const scenario = valid(preset.scenario);
    const provenance = reportProvenance(scenario);
    const rows = assumptionRows(scenario, provenance);
    const regime = scenario.regulation?.regime;
    const controlIds = (scenario.controls ?? []).map((control) => control.id);

    it('keeps every one of the preset’s citations, read from the file as the CLI reads it', () => {
      const fromFile = parseScenarioText(scenarioFileText(scenario));
      expect(fromFile.ok).toBe(true);
      if (!fromFile.ok) return;
      expect(Object.keys(reportProvenance(fromFile.scenario)).sort()).toEqual(Object.keys(preset.provenance).sort());
      expect(assumptionRows(fromFile.scenario, reportProvenance(fromFile.scenario))).toEqual(rows);
    });

    it('lists every number and distribution in the file once, with its value, as given rather than a default', () => {
      const paths = rows.map((row) => row.path);
      expect(new Set(paths).size).toBe(paths.length);
      for (const leaf of inputLeaves(scenario)) {
        const row = rowAt(rows, leaf.path);
        expect(row.isDefault, leaf.path).toBe(false);
        if (leaf.path === 'regulation.hipaaTier') expect(row.value).toEqual({ kind: 'text', value: HIPAA_TIER_LABELS[leaf.value as 1 | 2 | 3 | 4] });
        else expect(row.value, leaf.path).toEqual(expectedValue(leaf.value));
      }
    });

    it('lists each input left out with the model’s default and its citation when there is one, and not at all when there is none', () => {
      const applies = (at: string): boolean => {
        if (at.startsWith('insurance.')) return scenario.insurance !== undefined;
        if (at.startsWith('lostBusiness.')) return scenario.lostBusiness !== undefined;
        if (at.startsWith('organisation.healthcare.')) return scenario.organisation.healthcare !== undefined;
        if (at === 'regulation.provisionsViolated') return regime === 'hipaa';
        return true;
      };
      for (const field of ALL_FIELDS.filter((candidate) => !candidate.path.includes('[*]'))) {
        const given = valueAt(scenario, field.path);
        const fallback = defaultValueOf(field.path, regime, controlIds);
        const listed = rows.filter((row) => row.path === field.path);
        if (given !== undefined) continue;
        if (fallback === undefined || !applies(field.path)) {
          expect(listed, `${field.path} does not apply`).toEqual([]);
          continue;
        }
        expect(listed, field.path).toHaveLength(1);
        const row = listed[0]!;
        expect(row.isDefault, field.path).toBe(true);
        expect(row.value, field.path).toEqual(expectedValue(fallback));
        expect({ source: row.source, sourceIds: row.sourceIds }, field.path).toEqual(cited(defaultProvenance(field.path, regime, controlIds)!));
      }
    });

    it('cites the preset where the preset gives a citation, the model default’s where the value is the default, and otherwise the scenario itself', () => {
      for (const row of rows) {
        const given = valueAt(scenario, row.path);
        const presetCitation = preset.provenance[row.path];
        if (presetCitation) {
          expect({ source: row.source, sourceIds: row.sourceIds }, row.path).toEqual(cited(presetCitation));
        } else if (row.isDefault || (given !== undefined && JSON.stringify(given) === JSON.stringify(defaultValueOf(row.path, regime, controlIds)))) {
          expect({ source: row.source, sourceIds: row.sourceIds }, row.path).toEqual(cited(defaultProvenance(row.path, regime, controlIds)!));
        } else {
          expect({ source: row.source, sourceIds: row.sourceIds }, row.path).toEqual(own);
        }
      }
    });

    it('groups rows by section in the workspace’s order, each threat’s rows together in file order', () => {
      const order: readonly string[] = SECTION_IDS.map((id) => SECTION_TITLES[id]);
      const ranks = rows.map((row) => order.indexOf(row.section.split(': ')[0]!));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const blocks = rows.map((row) => row.section).filter((section, i, all) => i === 0 || all[i - 1] !== section);
      expect(new Set(blocks).size).toBe(blocks.length);
      expect(blocks.filter((section) => section.startsWith(`${SECTION_TITLES.threats}: `))).toEqual(scenario.threats.map((threat) => `${SECTION_TITLES.threats}: ${threat.name}`));
      expect(blocks[0]).toBe(SECTION_TITLES.organisation);
      for (const row of rows) {
        const threat = /^threats\[(\d+)\]/.exec(row.path);
        if (threat) expect(row.section.endsWith(`: ${scenario.threats[Number(threat[1])]!.name}`), row.path).toBe(true);
      }
    });

    it('gives as source ids exactly the sources its source text cites', () => {
      for (const row of rows) {
        for (const id of row.sourceIds) expect(SOURCES[id], `${row.path}: ${id}`).toBeDefined();
        if (row.sourceIds.length > 0) expect(row.source, row.path).toContain(row.sourceIds.map(citeSource).join('; '));
        else expect(row.source, row.path).not.toMatch(/ Source: | Informed by /);
      }
    });
  });

  it('states a handful of the hospital’s inputs exactly', () => {
    expect(rowAt(hospitalRows, 'organisation.annualRevenue')).toEqual({
      section: 'Organisation',
      path: 'organisation.annualRevenue',
      label: 'Annual revenue',
      unit: 'money',
      unitText: 'USD',
      value: { kind: 'number', value: 400_000_000 },
      isDefault: false,
      ...cited(regionalHospital.provenance['organisation.annualRevenue']!),
    });
    expect(rowAt(hospitalRows, 'organisation.annualRevenue').sourceIds).toEqual(['definitive2022']);
    expect(rowAt(hospitalRows, 'threats[0].frequency')).toEqual({
      section: 'Threats: Ransomware',
      path: 'threats[0].frequency',
      label: 'Events a year',
      unit: 'eventsPerYear',
      unitText: '',
      value: { kind: 'range', distribution: 'pert', low: 0.02, mode: 0.06, high: 0.2, gamma: 4 },
      isDefault: false,
      ...cited(regionalHospital.provenance['threats[0].frequency']!),
    });
    expect(rowAt(hospitalRows, 'threats[0].disruption.outageDays')).toMatchObject({
      section: 'Downtime and recovery: Ransomware',
      label: 'Days systems are down',
      unitText: 'days',
      value: { kind: 'range', distribution: 'lognormal', low: 3, mode: null, high: 45, gamma: null },
      sourceIds: ['comparitech2024', 'coveware2019', 'coveware2021'],
    });
    expect(rowAt(hospitalRows, 'insurance.layers[1].limit')).toMatchObject({
      section: 'Insurance: Excess',
      label: 'Limit',
      unit: 'money',
      value: { kind: 'number', value: 5_000_000 },
      isDefault: false,
      sourceIds: ['accountableHqCyberCost'],
    });
    expect(rowAt(hospitalRows, 'response.notificationCostPerPerson')).toMatchObject({
      section: 'Response and legal',
      unitText: 'USD per person',
      value: { kind: 'range', distribution: 'pert', low: 0.48, mode: 2, high: 15, gamma: 4 },
      isDefault: true,
    });
    expect(rowAt(hospitalRows, 'organisation.sector').value).toEqual({ kind: 'text', value: 'Healthcare' });
    expect(rowAt(hospitalRows, 'threats[3].kind')).toMatchObject({ section: 'Threats: Lost or stolen laptop', value: { kind: 'text', value: 'Lost or stolen device' } });
  });

  it('lists the regulation settings that set the cap on a fine, defaulted or given, and only for their regime', () => {
    expect(rowAt(hospitalRows, 'regulation.hipaaTier')).toMatchObject({
      section: 'Regulation',
      value: { kind: 'text', value: HIPAA_TIER_LABELS[HIPAA_TIER_DEFAULT.value] },
      isDefault: true,
      ...cited(HIPAA_TIER_DEFAULT.provenance),
    });
    expect(rowAt(hospitalRows, 'regulation.hipaaCapBasis')).toMatchObject({ section: 'Regulation', isDefault: true, ...cited(HIPAA_CAP_BASIS_DEFAULT.provenance) });
    expect(hospitalRows.filter((row) => row.path === 'regulation.gdprTier')).toEqual([]);

    const tier4 = valid({ ...hospital, regulation: { regime: 'hipaa', hipaaTier: 4, hipaaCapBasis: 'statutory' } });
    const tier4Rows = assumptionRows(tier4, reportProvenance(tier4));
    expect(rowAt(tier4Rows, 'regulation.hipaaTier')).toMatchObject({ value: { kind: 'text', value: HIPAA_TIER_LABELS[4] }, isDefault: false, ...own });
    expect(rowAt(tier4Rows, 'regulation.hipaaCapBasis')).toMatchObject({ isDefault: false, ...own });
    expect(rowAt(tier4Rows, 'regulation.hipaaCapBasis').value).not.toEqual(rowAt(hospitalRows, 'regulation.hipaaCapBasis').value);

    const gp = valid(gpPractice.scenario);
    const gpRows = assumptionRows(gp, reportProvenance(gp));
    expect(gp.regulation).toMatchObject({ regime: 'ukGdpr', gdprTier: 'lower' });
    expect(rowAt(gpRows, 'regulation.gdprTier')).toMatchObject({ section: 'Regulation', isDefault: false, ...cited(GDPR_TIER_DEFAULT.provenance) });
    for (const hipaaOnly of ['regulation.hipaaTier', 'regulation.hipaaCapBasis', 'regulation.provisionsViolated']) {
      expect(gpRows.filter((row) => row.path === hipaaOnly), hipaaOnly).toEqual([]);
    }
    const upper = valid({ ...gp, regulation: { ...gp.regulation, gdprTier: 'upper' } });
    const upperRows = assumptionRows(upper, reportProvenance(upper));
    expect(rowAt(upperRows, 'regulation.gdprTier')).toMatchObject({ isDefault: false, ...own });
    expect(rowAt(upperRows, 'regulation.gdprTier').value).not.toEqual(rowAt(gpRows, 'regulation.gdprTier').value);

    const unregulated = valid({ ...hospital, regulation: { regime: 'none' } });
    expect(assumptionRows(unregulated).filter((row) => row.path.startsWith('regulation.')).map((row) => row.path)).toEqual(['regulation.regime']);
  });

  it('lists what the insurance excludes, with the preset’s citation, and no insurance inputs without a programme', () => {
    expect(rowAt(hospitalRows, 'insurance.excluded')).toMatchObject({
      section: 'Insurance',
      value: { kind: 'text', value: 'Lost business' },
      isDefault: false,
      ...cited(regionalHospital.provenance['insurance.excluded']!),
    });
    const twoExcluded = valid({ ...hospital, insurance: { ...hospital.insurance, excluded: ['lostBusiness', 'ransom'] } });
    expect(rowAt(assumptionRows(twoExcluded, reportProvenance(twoExcluded)), 'insurance.excluded')).toMatchObject({ value: { kind: 'text', value: 'Lost business, Ransom paid' }, ...own });
    const uninsured = Object.fromEntries(Object.entries(hospital).filter(([key]) => key !== 'insurance'));
    expect(assumptionRows(valid(uninsured)).filter((row) => row.path.startsWith('insurance'))).toEqual([]);
  });

  it('lists custom losses under their threat, as entered', () => {
    const scenario = valid({
      ...hospital,
      name: 'With a custom loss',
      threats: [...hospital.threats, { name: 'Invoice fraud', kind: 'custom', frequency: 0.5, customLosses: [{ name: 'Diverted payment', category: 'recovery', perEvent: { dist: 'uniform', low: 10_000, high: 90_000 } }] }],
    });
    const rows = assumptionRows(scenario, reportProvenance(scenario));
    expect(rowAt(rows, 'threats[4].customLosses[0].perEvent')).toEqual({
      section: 'Threats: Invoice fraud',
      path: 'threats[4].customLosses[0].perEvent',
      label: 'Diverted payment (recovery) per incident',
      unit: 'money',
      unitText: 'USD',
      value: { kind: 'range', distribution: 'uniform', low: 10_000, mode: null, high: 90_000, gamma: null },
      isDefault: false,
      ...own,
    });
    expect(rowAt(rows, 'threats[4].frequency').value).toEqual({ kind: 'number', value: 0.5 });
    const threatSections = rows.map((row) => row.section).filter((section) => section.startsWith('Threats: '));
    expect(threatSections.slice(-3)).toEqual(['Threats: Invoice fraud', 'Threats: Invoice fraud', 'Threats: Invoice fraud']);
  });
});

describe('where a value comes from', () => {
  it('keeps a preset’s citation only where the value is unchanged', () => {
    const changed = valid({ ...hospital, organisation: { ...hospital.organisation, annualRevenue: 500_000_000 } });
    const rows = assumptionRows(changed, reportProvenance(changed));
    expect(rowAt(rows, 'organisation.annualRevenue')).toMatchObject({ value: { kind: 'number', value: 500_000_000 }, ...own });
    const others = (list: readonly AssumptionRow[]) => list.filter((row) => row.path !== 'organisation.annualRevenue');
    expect(others(rows)).toEqual(others(hospitalRows));
    expect(rowAt(rows, 'organisation.healthcare.proceduresPerDay')).toMatchObject(cited(regionalHospital.provenance['organisation.healthcare.proceduresPerDay']!));
  });

  it('gives a scenario under another name none of a preset’s citations', () => {
    const renamed = valid({ ...hospital, name: 'Our hospital' });
    expect(reportProvenance(renamed)).toEqual({});
    const rows = assumptionRows(renamed, reportProvenance(renamed));
    expect(rows.map((row) => row.path)).toEqual(hospitalRows.map((row) => row.path));
    expect(rowAt(rows, 'organisation.annualRevenue')).toMatchObject(own);
    expect(rowAt(rows, 'threats[0].frequency')).toMatchObject(own);
    expect(rowAt(rows, 'insurance.layers[0].limit')).toMatchObject(own);
    for (const row of rows) {
      if (row.isDefault) expect(row.source, row.path).toBe(rowAt(hospitalRows, row.path).source);
      const presetCitation = regionalHospital.provenance[row.path];
      if (presetCitation) expect(row.source, row.path).not.toBe(describeProvenance(presetCitation));
    }
  });

  it('never cites a model default for a figure the user typed in its place', () => {
    const gp = valid(gpPractice.scenario);
    const typed = valid({ ...gp, response: { ...gp.response, notificationCostPerPerson: 7 } });
    const rows = assumptionRows(typed, reportProvenance(typed));
    expect(rowAt(rows, 'response.notificationCostPerPerson')).toMatchObject({ value: { kind: 'number', value: 7 }, isDefault: false, ...own });
    const uptake = defaultValueOf('response.monitoringUptake', 'hipaa') as object;
    const sameAsDefault = valid({ ...hospital, name: 'Typed defaults', response: { monitoringUptake: { ...uptake, gamma: 4 }, lawsuitProbability: 0.05 } });
    const typedRows = assumptionRows(sameAsDefault);
    expect(rowAt(typedRows, 'response.monitoringUptake')).toMatchObject({ isDefault: false, ...cited(defaultProvenance('response.monitoringUptake', 'hipaa')!) });
    expect(rowAt(typedRows, 'response.lawsuitProbability')).toMatchObject({ value: { kind: 'number', value: 0.05 }, isDefault: false, ...own });
  });

  it('provenanceStillApplying keeps exactly the citations whose values are still the preset’s', () => {
    const note = { kind: 'assumption', note: 'A note.' } as const;
    const preset = { organisation: { annualRevenue: 10 }, threats: [{ frequency: { dist: 'pert', low: 1, mode: 2, high: 3 } }, { frequency: 0.5 }] };
    const citations = { 'organisation.annualRevenue': note, 'threats[0].frequency': note, 'threats[1].frequency': note, 'lostBusiness.customers': note };
    const same = JSON.parse(JSON.stringify(preset)) as unknown as Scenario;
    expect(provenanceStillApplying(same, preset, citations)).toEqual({ 'organisation.annualRevenue': note, 'threats[0].frequency': note, 'threats[1].frequency': note });
    const edited = { organisation: { annualRevenue: 10 }, threats: [{ frequency: { dist: 'pert', low: 1, mode: 2.5, high: 3 } }] } as unknown as Scenario;
    expect(provenanceStillApplying(edited, preset, citations)).toEqual({ 'organisation.annualRevenue': note });
    expect(provenanceStillApplying(edited, preset, {})).toEqual({});
  });
});

describe('controls in the assumptions', () => {
  const scenario = valid({
    ...hospital,
    controls: [
      { id: 'immutable-backups', status: 'proposed', annualCost: 60_000, effects: { ransomPayment: 0.4 } },
      { id: 'mfa', status: 'inPlace' },
      { id: 'dlp', status: 'proposed', oneOffCost: 90_000, amortisationYears: 5 },
    ],
  });
  const rows = assumptionRows(scenario, reportProvenance(scenario));
  const ids = ['immutable-backups', 'mfa', 'dlp'] as const;

  it('lists each control’s status and costs under its name, after the insurance', () => {
    const controlBlocks = rows.map((row) => row.section).filter((section, i, all) => section.startsWith('Security controls') && all[i - 1] !== section);
    expect(controlBlocks).toEqual(ids.map((id) => `Security controls: ${controlDefinition(id).label}`));
    expect(rows.findIndex((row) => row.section.startsWith('Security controls'))).toBeGreaterThan(rows.findLastIndex((row) => row.section.startsWith('Insurance')));
    expect(rowAt(rows, 'controls[0].status').value).toEqual({ kind: 'text', value: 'Proposed' });
    expect(rowAt(rows, 'controls[1].status').value).toEqual({ kind: 'text', value: 'In place' });
    expect(rowAt(rows, 'controls[0].annualCost')).toMatchObject({ value: { kind: 'number', value: 60_000 }, isDefault: false, ...own });
    expect(rowAt(rows, 'controls[1].amortisationYears')).toMatchObject({ value: { kind: 'number', value: 3 }, isDefault: true, ...cited(defaultProvenance('controls[1].amortisationYears', 'hipaa', ids)!) });
    expect(rowAt(rows, 'controls[2].amortisationYears')).toMatchObject({ value: { kind: 'number', value: 5 }, isDefault: false, ...own });
    expect(rows.filter((row) => row.path === 'controls[1].annualCost')).toEqual([]);
  });

  it('lists every effect the library gives a control, with the library’s value and citation, and an override as the user’s own', () => {
    ids.forEach((id, index) => {
      const definition = controlDefinition(id);
      const effects = [
        ...Object.entries(definition.effects.frequency ?? {}).map(([kind, spec]) => [`frequency.${kind}`, spec] as const),
        ...Object.entries(definition.effects).filter(([target]) => target !== 'frequency').map(([target, spec]) => [target, spec] as const),
      ];
      expect(effects.length, id).toBeGreaterThan(0);
      const listed = rows.filter((row) => row.path.startsWith(`controls[${index}].effects.`)).map((row) => row.path);
      expect(listed.sort()).toEqual(effects.map(([effect]) => `controls[${index}].effects.${effect}`).sort());
      for (const [effect, spec] of effects) {
        const row = rowAt(rows, `controls[${index}].effects.${effect}`);
        expect(row.section).toBe(`Security controls: ${definition.label}`);
        expect(row.unit).toBe('share');
        if (id === 'immutable-backups' && effect === 'ransomPayment') {
          expect(row).toMatchObject({ value: { kind: 'number', value: 0.4 }, isDefault: false, ...own });
        } else {
          expect(row, `${id} ${effect}`).toMatchObject({ value: expectedValue(spec), isDefault: true, ...cited(definition.provenance[effect]!) });
        }
      }
    });
  });

  it('cites the library for an effect typed in at exactly the library’s value', () => {
    const library = controlDefinition('mfa').effects.frequency!.ransomware!;
    const typed = valid({ ...hospital, controls: [{ id: 'mfa', status: 'proposed', effects: { frequency: { ransomware: { ...library } } } }] });
    expect(rowAt(assumptionRows(typed), 'controls[0].effects.frequency.ransomware')).toMatchObject({ isDefault: false, ...cited(controlDefinition('mfa').provenance['frequency.ransomware']!) });
  });

  it('gives every control in the library a citation for each of its effects', () => {
    for (const id of CONTROL_IDS) {
      const scenarioWith = valid({ ...hospital, controls: [{ id, status: 'proposed' }] });
      for (const row of assumptionRows(scenarioWith).filter((candidate) => candidate.path.includes('.effects.'))) {
        expect(row.source, `${id} ${row.path}`).not.toBe(OWN_FIGURE);
        expect(row.sourceIds.length + (row.source.startsWith('Assumption: ') ? 1 : 0), `${id} ${row.path}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('assumption rows of generated scenarios (property)', () => {
  it('list every input in the file with its value, once, in section order, each citing exactly its source ids', () => {
    const order: readonly string[] = SECTION_IDS.map((id) => SECTION_TITLES[id]);
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const scenario = valid(generated);
        const rows = assumptionRows(scenario, reportProvenance(scenario));
        const paths = rows.map((row) => row.path);
        expect(new Set(paths).size).toBe(paths.length);
        const leaves = inputLeaves(scenario);
        const byPath = new Map(rows.map((row) => [row.path, { value: row.value, isDefault: row.isDefault }]));
        expect(leaves.map((leaf) => [leaf.path, byPath.get(leaf.path)])).toEqual(
          leaves.map((leaf) => [
            leaf.path,
            { value: leaf.path === 'regulation.hipaaTier' ? { kind: 'text', value: HIPAA_TIER_LABELS[leaf.value as 1 | 2 | 3 | 4] } : expectedValue(leaf.value), isDefault: false },
          ]),
        );
        const ranks = rows.map((row) => order.indexOf(row.section.split(': ')[0]!));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(rows.filter((row) => row.sourceIds.length > 0 && !row.source.includes(row.sourceIds.map(citeSource).join('; '))).map((row) => row.path)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
