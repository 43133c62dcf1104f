/**
 * The insurance programme every organisation in a portfolio is quoted on: a base block (from a
 * file, else no retention), its layers replaced by a layer spec when one is given, and the
 * underwriting loads. Validated by the real insurance schema, so overlaps and gaps are refused
 * with the same messages as in a scenario file; each problem is blamed on the layer spec or on
 * the base block, whichever it came from.
 */
import { formatIssues, type ScenarioError } from '../scenario/issues';
import { insuranceSchema, type InsuranceProgramme } from '../scenario/insuranceSchema';
import type { SpecLayer } from './layerSpec';

export type UnderwritingOverrides = Readonly<{ riskLoad?: number | undefined; expenseRatio?: number | undefined }>;

export type ProgrammeResult =
  | Readonly<{ ok: true; programme: InsuranceProgramme }>
  | Readonly<{
      ok: false;
      /** Problems of the layer spec, each naming its layer: `layer 2 ("4M xs 1.2M") attachment overlaps...`. */
      layerProblems: readonly string[];
      /** Problems of the base block, by path inside it (`retention`, `layers[0].limit`). */
      programmeProblems: readonly ScenarioError[];
    }>;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const LAYER_PATH = /^layers\[(\d+)\](?:\.(.+))?$/;

/**
 * `base` is the parsed programme file (any JSON value) or undefined for `{ retention: 0 }`;
 * `layers` replaces its layers when given.
 */
export function buildProgramme(base: unknown, layers: readonly SpecLayer[] | undefined, underwriting: UnderwritingOverrides = {}): ProgrammeResult {
  if (base !== undefined && !isObject(base)) {
    return { ok: false, layerProblems: [], programmeProblems: [{ path: '', message: 'must be a JSON object holding an insurance programme, such as {"retention": 250000, "layers": [...]}' }] };
  }
  const block: Record<string, unknown> = { ...(base ?? { retention: 0 }) };
  if (layers) block['layers'] = layers.map(({ name, attachment, limit }) => ({ name, attachment, limit }));
  if (underwriting.riskLoad !== undefined || underwriting.expenseRatio !== undefined) {
    const given = isObject(block['underwriting']) ? block['underwriting'] : {};
    block['underwriting'] = {
      ...given,
      riskLoad: underwriting.riskLoad ?? given['riskLoad'] ?? 0,
      expenseRatio: underwriting.expenseRatio ?? given['expenseRatio'] ?? 0,
    };
  }
  const parsed = insuranceSchema.safeParse(block);
  if (parsed.success) return { ok: true, programme: parsed.data };
  const layerProblems: { index: number; text: string }[] = [];
  const programmeProblems: ScenarioError[] = [];
  for (const error of formatIssues(parsed.error.issues, block)) {
    const match = layers ? LAYER_PATH.exec(error.path) : null;
    const index = Number(match?.[1]);
    const layer = match ? layers?.[index] : undefined;
    if (match && layer) {
      layerProblems.push({ index, text: `layer ${index + 1} ("${layer.text}") ${match[2] ? `${match[2]} ` : ''}${error.message}` });
    } else {
      programmeProblems.push(error);
    }
  }
  return { ok: false, layerProblems: layerProblems.sort((a, b) => a.index - b.index).map((problem) => problem.text), programmeProblems };
}
