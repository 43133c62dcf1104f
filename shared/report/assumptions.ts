/**
 * Every input a scenario's results rest on, one row each, with the value or range the model used
 * and where that value comes from. The board report's assumptions table and the workbook's
 * Assumptions sheet are both written from these rows, so they cannot disagree.
 *
 * An input left out of the file is listed with the model's default when it has one (and that
 * default's citation); an input with no value and no default does not apply and is not listed.
 * A value in the file cites the preset it came from, or the model default's source when it is
 * the default's value; any other value is the user's own figure, whatever a default would cite.
 */
import type { Scenario } from '../scenario/schemaV1';
import { ALL_FIELDS, SECTION_IDS, SECTION_TITLES, unitText, type InputField, type InputUnit, type SectionId } from '../model/inputCatalogue';
import { defaultProvenance, defaultValueOf } from '../model/defaultSources';
import { GDPR_TIER_DEFAULT, HIPAA_CAP_BASIS_DEFAULT, HIPAA_TIER_DEFAULT } from '../model/defaults';
import { HIPAA_TIER_LABELS, type GdprTier, type HipaaCapBasis } from '../model/regimes';
import { describeProvenance, type Provenance } from '../sources/provenance';
import type { SourceId } from '../sources/sources';
import { REGIME_LABELS, REGION_LABELS, SECTOR_LABELS, THREAT_KIND_LABELS, type Regime } from '../model/vocabulary';
import { CATEGORY_IDS, CATEGORY_LABELS, COST_LINE_LABELS, type CategoryId, type CostLineId } from '../model/categories';
import { controlDefinition } from '../controls/library';
import { DEFAULT_PERT_GAMMA, toSpec, type UncertainInput } from '../distributions/uncertain';

/** Citations keyed by concrete input path (`threats[0].frequency`), as a preset or template carries them. */
export type ProvenanceMap = Readonly<Record<string, Provenance>>;

/** How a value is spread: a fixed number, or a named distribution with its parameters. */
export type AssumptionValue =
  | Readonly<{ kind: 'number'; value: number }>
  | Readonly<{ kind: 'text'; value: string }>
  | Readonly<{ kind: 'range'; distribution: 'uniform' | 'triangular' | 'pert' | 'lognormal'; low: number; mode: number | null; high: number; gamma: number | null }>;

export type AssumptionRow = Readonly<{
  /** Heading the row sits under, e.g. "Threats: Ransomware attack". */
  section: string;
  /** Concrete path in the scenario file, e.g. `threats[0].frequency`. */
  path: string;
  label: string;
  unit: InputUnit | 'text';
  /** Unit in words with the currency written in ("USD per person"), empty when none. */
  unitText: string;
  value: AssumptionValue;
  /** True when the file leaves the input out and the model's default is used. */
  isDefault: boolean;
  /** One line: the citation, a labelled assumption, or "Entered for this scenario." */
  source: string;
  /** The published sources the line cites, for a reference list. */
  sourceIds: readonly SourceId[];
}>;

export const OWN_FIGURE = 'Entered for this scenario.';

function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function asValue(raw: unknown): AssumptionValue | undefined {
  if (typeof raw === 'string') return { kind: 'text', value: raw };
  if (typeof raw === 'number') return { kind: 'number', value: raw };
  if (raw === null || typeof raw !== 'object' || !('dist' in raw)) return undefined;
  const spec = toSpec(raw as UncertainInput);
  switch (spec.dist) {
    case 'constant':
      return { kind: 'number', value: spec.value };
    case 'uniform':
      return { kind: 'range', distribution: 'uniform', low: spec.low, mode: null, high: spec.high, gamma: null };
    case 'triangular':
      return { kind: 'range', distribution: 'triangular', low: spec.low, mode: spec.mode, high: spec.high, gamma: null };
    case 'pert':
      return { kind: 'range', distribution: 'pert', low: spec.low, mode: spec.mode, high: spec.high, gamma: spec.gamma ?? DEFAULT_PERT_GAMMA };
    case 'lognormal':
      return { kind: 'range', distribution: 'lognormal', low: spec.low, mode: null, high: spec.high, gamma: null };
  }
}

/** Which section of the report an input belongs to, by the first part of its path. */
function sectionOf(generic: string): SectionId {
  if (generic.startsWith('organisation.records')) return 'data';
  if (generic.startsWith('threats[*].disruption')) return 'downtime';
  if (generic.startsWith('threats')) return 'threats';
  if (generic.startsWith('scaling')) return 'response';
  const block = generic.split(/[.[]/)[0] ?? '';
  return (SECTION_TITLES as Record<string, string>)[block] ? (block as SectionId) : 'organisation';
}

/** The concrete paths of a catalogue field in this scenario: one per threat, layer, control or appetite point. */
function concretePaths(field: InputField, scenario: Scenario): readonly Readonly<{ path: string; owner: string | null; index: number }>[] {
  const expand = (prefix: string, names: readonly string[]) => names.map((owner, index) => ({ path: field.path.replace(`${prefix}[*]`, `${prefix}[${index}]`), owner, index }));
  if (field.path.startsWith('threats[*]')) return expand('threats', scenario.threats.map((threat) => threat.name));
  if (field.path.startsWith('insurance.layers[*]')) return expand('insurance.layers', (scenario.insurance?.layers ?? []).map((layer) => layer.name));
  if (field.path.startsWith('controls[*]')) return expand('controls', (scenario.controls ?? []).map((control) => controlDefinition(control.id).label));
  if (field.path.startsWith('appetite[*]')) return expand('appetite', (scenario.appetite ?? []).map((_point, index) => `point ${index + 1}`));
  return [{ path: field.path, owner: null, index: 0 }];
}

function citation(provenance: Provenance | undefined): Pick<AssumptionRow, 'source' | 'sourceIds'> {
  return { source: provenance ? describeProvenance(provenance) : OWN_FIGURE, sourceIds: provenance?.sources ?? [] };
}

/**
 * Where the value at a path comes from: the preset's citation while it still applies; the model
 * default's when the file leaves the input out or gives the default's own value; otherwise none,
 * as a figure the user typed is theirs, not the default's source.
 */
function sourceOf(path: string, given: unknown, provenance: ProvenanceMap, regime: Regime | undefined, controlIds: readonly unknown[]): Provenance | undefined {
  const preset = provenance[path];
  if (preset) return preset;
  if (given !== undefined && JSON.stringify(asValue(given)) !== JSON.stringify(asValue(defaultValueOf(path, regime, controlIds)))) return undefined;
  return defaultProvenance(path, regime, controlIds);
}

/** Whether a field's block exists at all (no insurance means no insurance inputs apply). */
function blockPresent(scenario: Scenario, generic: string): boolean {
  if (generic.startsWith('insurance')) return scenario.insurance !== undefined;
  if (generic.startsWith('lostBusiness')) return scenario.lostBusiness !== undefined;
  if (generic.startsWith('organisation.healthcare')) return scenario.organisation.healthcare !== undefined;
  // Only HIPAA caps count provisions; under another regime the input does not apply.
  if (generic === 'regulation.provisionsViolated') return scenario.regulation?.regime === 'hipaa';
  if (generic.startsWith('threats[*].ransom.')) return true;
  return true;
}

const HIPAA_CAP_BASIS_LABELS: Readonly<Record<HipaaCapBasis, string>> = {
  enforcementDiscretion: 'OCR enforcement discretion (lower caps for tiers 1-3)',
  statutory: 'Statutory cap (the same for every tier)',
};
const GDPR_TIER_LABELS: Readonly<Record<GdprTier, string>> = { lower: 'Lower tier: Art. 83(4)', upper: 'Upper tier: Art. 83(5)' };

/** The regime's choices that set the cap on a fine (tier, which cap), as given or the model's default. */
function regulationSettingRows(scenario: Scenario, provenance: ProvenanceMap): AssumptionRow[] {
  const regulation = scenario.regulation;
  const setting = <T>(field: 'hipaaTier' | 'hipaaCapBasis' | 'gdprTier', label: string, given: T | undefined, fallback: T, words: (value: T) => string): AssumptionRow => {
    const path = `regulation.${field}`;
    return {
      section: SECTION_TITLES.regulation,
      path,
      label,
      unit: 'text',
      unitText: '',
      value: { kind: 'text', value: words(given ?? fallback) },
      isDefault: given === undefined,
      ...citation(sourceOf(path, given, provenance, regulation?.regime, [])),
    };
  };
  if (regulation?.regime === 'hipaa') {
    return [
      setting('hipaaTier', 'HIPAA culpability tier', regulation.hipaaTier, HIPAA_TIER_DEFAULT.value, (tier) => HIPAA_TIER_LABELS[tier]),
      setting('hipaaCapBasis', 'Which HIPAA cap applies', regulation.hipaaCapBasis, HIPAA_CAP_BASIS_DEFAULT.value, (basis) => HIPAA_CAP_BASIS_LABELS[basis]),
    ];
  }
  if (regulation?.regime === 'gdpr' || regulation?.regime === 'ukGdpr') {
    return [setting('gdprTier', 'Tier of infringement', regulation.gdprTier, GDPR_TIER_DEFAULT.value, (tier) => GDPR_TIER_LABELS[tier])];
  }
  return [];
}

const coverLabel = (key: CategoryId | CostLineId): string => ((CATEGORY_IDS as readonly string[]).includes(key) ? CATEGORY_LABELS[key as CategoryId] : COST_LINE_LABELS[key as CostLineId]);

function descriptiveRows(scenario: Scenario, provenance: ProvenanceMap): AssumptionRow[] {
  const organisation = SECTION_TITLES.organisation;
  const text = (section: string, path: string, label: string, value: string): AssumptionRow => ({
    section,
    path,
    label,
    unit: 'text',
    unitText: '',
    value: { kind: 'text', value },
    isDefault: false,
    ...citation(provenance[path]),
  });
  const rows = [
    text(organisation, 'organisation.name', 'Organisation', scenario.organisation.name),
    text(organisation, 'organisation.sector', 'Sector', SECTOR_LABELS[scenario.organisation.sector]),
    text(organisation, 'organisation.region', 'Region', REGION_LABELS[scenario.organisation.region]),
    text(organisation, 'currency', 'Currency', scenario.currency),
  ];
  if (scenario.regulation) rows.push(text(SECTION_TITLES.regulation, 'regulation.regime', 'Regulatory regime', REGIME_LABELS[scenario.regulation.regime]));
  rows.push(...regulationSettingRows(scenario, provenance));
  const excluded = scenario.insurance?.excluded ?? [];
  if (excluded.length > 0) rows.push(text(SECTION_TITLES.insurance, 'insurance.excluded', 'Not covered by the policy', excluded.map(coverLabel).join(', ')));
  scenario.threats.forEach((threat, index) => {
    rows.push(text(`${SECTION_TITLES.threats}: ${threat.name}`, `threats[${index}].kind`, 'Kind of threat', THREAT_KIND_LABELS[threat.kind]));
  });
  (scenario.controls ?? []).forEach((control, index) => {
    rows.push(text(`${SECTION_TITLES.controls}: ${controlDefinition(control.id).label}`, `controls[${index}].status`, 'Status', control.status === 'inPlace' ? 'In place' : 'Proposed'));
  });
  return rows;
}

function customLossRows(scenario: Scenario, provenance: ProvenanceMap): AssumptionRow[] {
  return scenario.threats.flatMap((threat, threatIndex) =>
    (threat.customLosses ?? []).map((loss, lossIndex): AssumptionRow => {
      const path = `threats[${threatIndex}].customLosses[${lossIndex}].perEvent`;
      return {
        section: `${SECTION_TITLES.threats}: ${threat.name}`,
        path,
        label: `${loss.name} (${CATEGORY_LABELS[loss.category].toLowerCase()}) per incident`,
        unit: 'money',
        unitText: scenario.currency,
        value: asValue(loss.perEvent) ?? { kind: 'number', value: 0 },
        isDefault: false,
        ...citation(provenance[path]),
      };
    }),
  );
}

/**
 * The rows for a scenario, in the order the workspace shows its sections. `provenance` holds the
 * citations of the preset or template values still in the scenario; inputs it does not cover
 * fall back on the model's cited defaults.
 */
export function assumptionRows(scenario: Scenario, provenance: ProvenanceMap = {}): AssumptionRow[] {
  const regime = scenario.regulation?.regime;
  const controlIds = (scenario.controls ?? []).map((control) => control.id);
  const rows: AssumptionRow[] = [...descriptiveRows(scenario, provenance), ...customLossRows(scenario, provenance)];
  for (const field of ALL_FIELDS) {
    if (!blockPresent(scenario, field.path)) continue;
    for (const { path, owner } of concretePaths(field, scenario)) {
      const given = valueAt(scenario, path);
      const fallback = given === undefined ? defaultValueOf(path, regime, controlIds) : undefined;
      const value = asValue(given ?? fallback);
      if (!value) continue;
      const sectionTitle = SECTION_TITLES[sectionOf(field.path)];
      rows.push({
        section: owner ? `${sectionTitle}: ${owner}` : sectionTitle,
        path,
        label: field.label,
        unit: field.unit,
        unitText: unitText(field.unit, scenario.currency),
        value,
        isDefault: given === undefined,
        ...citation(sourceOf(path, given, provenance, regime, controlIds)),
      });
    }
  }
  return sortedBySection(rows);
}

const SECTION_ORDER: readonly string[] = SECTION_IDS.map((id) => SECTION_TITLES[id]);

/** Sections in the workspace's order; within a section, each threat, layer or control together, in file order. */
function sortedBySection(rows: readonly AssumptionRow[]): AssumptionRow[] {
  const rank = (row: AssumptionRow): number => {
    const [title = ''] = row.section.split(': ');
    const owner = /^(?:threats|controls|insurance\.layers|appetite)\[(\d+)\]/.exec(row.path);
    return SECTION_ORDER.indexOf(title) * 1000 + (owner ? Number(owner[1]) + 1 : 0);
  };
  return rows.map((row, order) => ({ row, order, rank: rank(row) })).sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.row);
}

/**
 * The citations that still apply to a scenario taken from a preset: a preset's citation stays
 * only where the scenario's value at that path is still the preset's value. The CLI uses this
 * for a file saved from a built-in example, so its exports cite what the app would.
 */
export function provenanceStillApplying(scenario: Scenario, presetScenario: unknown, presetProvenance: ProvenanceMap): ProvenanceMap {
  const kept: Record<string, Provenance> = {};
  for (const [path, source] of Object.entries(presetProvenance)) {
    const ours = valueAt(scenario, path);
    const theirs = valueAt(presetScenario, path);
    if (ours !== undefined && JSON.stringify(ours) === JSON.stringify(theirs)) kept[path] = source;
  }
  return kept;
}
