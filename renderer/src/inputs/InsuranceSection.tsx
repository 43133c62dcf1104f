/**
 * Insurance: whether the organisation is insured, its retention and business-interruption
 * terms, what the policy pays (exclusions and sublimits), the tower of layers, and the
 * underwriter's loadings. Switching cover on starts from a cited programme sized to the
 * organisation.
 */
import { INSURANCE_FIELDS, LAYER_FIELDS } from '../../../shared/model/inputCatalogue';
import { MAX_LAYERS } from '../../../shared/scenario/insuranceSchema';
import { formatMoney } from '../../../shared/format/numbers';
import { getAt } from '../workspace/draftPath';
import { addLayer, disableInsurance, enableInsuranceForOrganisation, removeLayer } from '../workspace/insuranceEdit';
import { errorsWithin } from '../workspace/validation';
import { CoverageTable } from './CoverageTable';
import { useEditor } from './editorContext';
import { field, maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { TextField } from './TextField';

type LayerDoc = Readonly<{ name?: unknown; attachment?: unknown; limit?: unknown }>;

const fieldOf = (path: string) => {
  const found = [...INSURANCE_FIELDS, ...LAYER_FIELDS].find((candidate) => candidate.path === path);
  if (!found) throw new Error(`No insurance field ${path}.`);
  return found;
};

function LayerCard({ index, layer, below, count, gapsAllowed }: Readonly<{ index: number; layer: LayerDoc; below: LayerDoc | undefined; count: number; gapsAllowed: boolean }>) {
  const editor = useEditor();
  const base = `insurance.layers[${index}]`;
  const name = typeof layer.name === 'string' && layer.name !== '' ? layer.name : `Layer ${index + 1}`;
  const stacked = index > 0 && !gapsAllowed;
  const attachment = typeof layer.attachment === 'number' ? layer.attachment : 0;
  const belowName = typeof below?.name === 'string' ? below.name : `layer ${index}`;
  const attachmentErrors = errorsWithin(editor.validation.errors, `${base}.attachment`);
  return (
    <section className="threat-card" aria-label={`Layer: ${name}`}>
      <div className="threat-head">
        <span className="threat-kind">{index === 0 ? 'Bottom layer' : `Layer ${index + 1}`}</span>
        <button
          type="button"
          className="link-button danger"
          disabled={count <= 1}
          onClick={() => editor.edit((state) => removeLayer(state, index))}
          aria-label={`Remove layer ${name}`}
        >
          remove
        </button>
      </div>
      <TextField path={`${base}.name`} label={`Layer ${index + 1}: name`} />
      {stacked ? (
        <>
          <p className="field-note" data-testid={`layer-${index}-attachment`}>
            Attaches at {formatMoney(attachment, editor.currency, editor.locale)}, where {belowName} ends.
          </p>
          {attachmentErrors.length > 0 && <p className="field-errors">{attachmentErrors.join(' ')}</p>}
        </>
      ) : (
        <NumberField path={`${base}.attachment`} field={fieldOf('insurance.layers[*].attachment')} max={maxFor(fieldOf('insurance.layers[*].attachment'))} label={`${name}: attaches at`} />
      )}
      <NumberField path={`${base}.limit`} field={fieldOf('insurance.layers[*].limit')} max={maxFor(fieldOf('insurance.layers[*].limit'))} label={`${name}: limit`} />
      <NumberField path={`${base}.premium`} field={fieldOf('insurance.layers[*].premium')} max={maxFor(fieldOf('insurance.layers[*].premium'))} label={`${name}: premium`} />
    </section>
  );
}

export function InsuranceSection() {
  const editor = useEditor();
  const doc = editor.state.doc;
  const on = getAt(doc, 'insurance') !== undefined;
  const layers = (getAt(doc, 'insurance.layers') as readonly LayerDoc[] | undefined) ?? [];
  const gapsAllowed = getAt(doc, 'insurance.allowLayerGaps') === true;
  const top = layers.reduce((max, layer) => (typeof layer.attachment === 'number' && typeof layer.limit === 'number' ? Math.max(max, layer.attachment + layer.limit) : max), 0);
  const layerErrors = editor.validation.errors['insurance.layers'] ?? [];
  const turnOn = () => editor.edit((state) => enableInsuranceForOrganisation(state, editor.currency));
  const summary = on ? `${layers.length} layer${layers.length === 1 ? '' : 's'}, up to ${formatMoney(top, editor.currency, editor.locale, 'compact')}` : 'Not insured';
  return (
    <Section id="insurance" title="Insurance" summary={summary}>
      <label className="toggle">
        <input type="checkbox" checked={on} onChange={(event) => (event.target.checked ? turnOn() : editor.edit(disableInsurance))} />
        The organisation has cyber insurance
      </label>
      {on && (
        <>
          {['insurance.retention', 'insurance.annualAggregateRetention', 'insurance.coinsurance', 'insurance.waitingPeriodHours', 'insurance.indemnityPeriodDays'].map((path) => (
            <NumberField key={path} path={path} field={field(path)} max={maxFor(field(path))} />
          ))}
          <CoverageTable />
          <h3 className="subsection-title">Tower of layers</h3>
          <p className="field-note">Each layer pays, in a year, the loss above its attachment up to its limit, after the retention, coinsurance, exclusions and sublimits.</p>
          {layers.map((layer, index) => (
            <LayerCard key={index} index={index} layer={layer} below={layers[index - 1]} count={layers.length} gapsAllowed={gapsAllowed} />
          ))}
          {layerErrors.length > 0 && (
            <ul className="field-errors" role="alert">
              {layerErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
          <div className="add-threat">
            <button type="button" onClick={() => editor.edit(addLayer)} disabled={layers.length >= MAX_LAYERS}>
              Add a layer on top
            </button>
          </div>
          <label className="toggle">
            <input type="checkbox" checked={gapsAllowed} onChange={(event) => editor.setValue('insurance.allowLayerGaps', event.target.checked)} />
            Allow gaps between layers (set each attachment by hand)
          </label>
          <h3 className="subsection-title">Underwriting</h3>
          {['insurance.underwriting.riskLoad', 'insurance.underwriting.expenseRatio'].map((path) => (
            <NumberField key={path} path={path} field={field(path)} max={maxFor(field(path))} />
          ))}
        </>
      )}
    </Section>
  );
}
