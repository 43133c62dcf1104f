/**
 * Edits to the insurance programme that touch more than one value: switching cover on from a
 * cited template, keeping the tower's layers stacked, adding and removing layers, and excluding
 * a cover (which drops the sublimits that could then never apply). Pure functions of the editor
 * state, each one undo step.
 */
import { CATEGORY_IDS, COST_LINE_CATEGORY, type CategoryId } from '../../../shared/model/categories';
import type { CoverageKey } from '../../../shared/scenario/insuranceSchema';
import { insuranceTemplate, type InsuranceTemplate } from '../../../shared/presets/insuranceTemplate';
import type { Organisation } from '../../../shared/scenario/schemaV1';
import { deleteAt, getAt, setAt } from './draftPath';
import type { EditorState, ProvenanceMap, ScenarioDoc } from './editorState';

type LayerDoc = Readonly<{ name?: unknown; attachment?: unknown; limit?: unknown; premium?: unknown }>;

const layersOf = (doc: ScenarioDoc): readonly LayerDoc[] => {
  const layers = getAt(doc, 'insurance.layers');
  return Array.isArray(layers) ? (layers as LayerDoc[]) : [];
};

/**
 * Unless gaps between layers are allowed, each layer above the first attaches where the one
 * below ends. Run after every edit inside the programme, so changing a limit moves the layers
 * above it instead of leaving an overlap or a gap.
 */
export function restackLayers(doc: ScenarioDoc): ScenarioDoc {
  if (getAt(doc, 'insurance.allowLayerGaps') === true) return doc;
  const layers = layersOf(doc);
  let next = doc;
  for (let i = 1; i < layers.length; i += 1) {
    const below = getAt(next, `insurance.layers[${i - 1}]`) as LayerDoc | undefined;
    const attachment = below?.attachment;
    const limit = below?.limit;
    if (typeof attachment !== 'number' || typeof limit !== 'number') break;
    if (layers[i]?.attachment !== attachment + limit) next = setAt(next, `insurance.layers[${i}].attachment`, attachment + limit);
  }
  return next;
}

/** Turns cover on with a starting programme and the citations of its values. */
export function enableInsurance(state: EditorState, template: InsuranceTemplate): EditorState {
  const cited: ProvenanceMap = Object.fromEntries(Object.entries(template.provenance).map(([path, source]) => [`insurance.${path}`, source]));
  return { ...state, doc: setAt(state.doc, 'insurance', template.insurance), provenance: { ...withoutKeys(state.provenance, 'insurance'), ...cited } };
}

/** Turns cover on with the cited programme sized to the organisation being edited. */
export function enableInsuranceForOrganisation(state: EditorState, currency: string): EditorState {
  return enableInsurance(state, insuranceTemplate(getAt(state.doc, 'organisation') as Organisation, currency));
}

/** Turns cover off, forgetting any half-typed text inside it. */
export function disableInsurance(state: EditorState): EditorState {
  return { doc: deleteAt(state.doc, 'insurance'), pending: withoutKeys(state.pending, 'insurance'), provenance: state.provenance };
}

function withoutKeys<T>(map: Readonly<Record<string, T>>, prefix: string): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`) && !key.startsWith(`${prefix}[`)));
}

/** A new layer on top of the tower, as wide as the one below it. */
export function addLayer(state: EditorState): EditorState {
  const layers = layersOf(state.doc);
  const top = layers[layers.length - 1];
  const attachment = typeof top?.attachment === 'number' && typeof top.limit === 'number' ? top.attachment + top.limit : 0;
  const limit = typeof top?.limit === 'number' ? top.limit : 1_000_000;
  const names = new Set(layers.map((layer) => layer.name));
  let n = layers.length;
  let name = n === 0 ? 'Primary' : `Excess ${n}`;
  while (names.has(name)) name = `Excess ${(n += 1)}`;
  return { ...state, doc: setAt(state.doc, `insurance.layers[${layers.length}]`, { name, attachment, limit }) };
}

/** Moves keys under `insurance.layers[j]` down by one for j > index; drops the removed layer's keys. */
function shiftLayerKeys<T>(map: Readonly<Record<string, T>>, index: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) {
    const match = /^insurance\.layers\[(\d+)\](.*)$/.exec(key);
    if (!match) out[key] = value;
    else if (Number(match[1]) > index) out[`insurance.layers[${Number(match[1]) - 1}]${match[2] ?? ''}`] = value;
    else if (Number(match[1]) < index) out[key] = value;
  }
  return out;
}

/**
 * Removes layer `index` (never the last one left) and restacks the layers above it. Removing the
 * bottom layer of a stacked tower lets the next one take its place, rather than opening a gap.
 */
export function removeLayer(state: EditorState, index: number): EditorState {
  const layers = layersOf(state.doc);
  if (layers.length <= 1) return state;
  let doc = deleteAt(state.doc, `insurance.layers[${index}]`);
  const removedAttachment = layers[index]?.attachment;
  if (index === 0 && getAt(doc, 'insurance.allowLayerGaps') !== true && typeof removedAttachment === 'number') {
    doc = setAt(doc, 'insurance.layers[0].attachment', removedAttachment);
  }
  return {
    doc: restackLayers(doc),
    pending: shiftLayerKeys(state.pending, index),
    provenance: shiftLayerKeys(state.provenance, index),
  };
}

const categoryOf = (key: CoverageKey): CategoryId | undefined =>
  (CATEGORY_IDS as readonly string[]).includes(key) ? (key as CategoryId) : (COST_LINE_CATEGORY as Readonly<Record<string, CategoryId>>)[key];

/** The policy pays this cover, or it does not. Excluding a cover drops the sublimits it makes pointless. */
export function setCovered(state: EditorState, key: CoverageKey, covered: boolean): EditorState {
  const excluded = (getAt(state.doc, 'insurance.excluded') as CoverageKey[] | undefined) ?? [];
  const nextExcluded = covered ? excluded.filter((item) => item !== key) : excluded.includes(key) ? excluded : [...excluded, key];
  let doc = nextExcluded.length > 0 ? setAt(state.doc, 'insurance.excluded', nextExcluded) : deleteAt(state.doc, 'insurance.excluded');
  let pending = state.pending;
  if (!covered) {
    const sublimits = (getAt(doc, 'insurance.sublimits') as Readonly<Record<string, unknown>> | undefined) ?? {};
    for (const sublimitKey of Object.keys(sublimits) as CoverageKey[]) {
      const pointless = sublimitKey === key || ((CATEGORY_IDS as readonly string[]).includes(key) && categoryOf(sublimitKey) === key && sublimitKey !== key);
      if (pointless) {
        doc = deleteAt(doc, `insurance.sublimits.${sublimitKey}`);
        pending = withoutKeys(pending, `insurance.sublimits.${sublimitKey}`);
      }
    }
  }
  return { ...state, doc, pending };
}
