/**
 * Downtime and recovery, threat by threat: whether it stops operations and for how long, what
 * rebuilding and investigating cost, and any ransom.
 */
import { DOWNTIME_FIELDS } from '../../../shared/model/inputCatalogue';
import type { ThreatKind } from '../../../shared/model/vocabulary';
import { getAt } from '../workspace/draftPath';
import { setValue } from '../workspace/editorState';
import { threatTemplate } from '../../../shared/presets/threatTemplates';
import type { Organisation } from '../../../shared/scenario/schemaV1';
import { useEditor } from './editorContext';
import { field, maxFor } from './fields';
import { Section } from './Section';
import { UncertainField } from './UncertainField';

function Toggle({ label, checked, onChange }: Readonly<{ label: string; checked: boolean; onChange: (checked: boolean) => void }>) {
  return (
    <label className="toggle">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

function ThreatRecovery({ index }: Readonly<{ index: number }>) {
  const editor = useEditor();
  const base = `threats[${index}]`;
  const threat = getAt(editor.state.doc, base) as Readonly<Record<string, unknown>>;
  const name = String(threat['name'] ?? `Threat ${index + 1}`);
  const disrupts = threat['disruption'] !== undefined;
  const ransom = threat['ransom'] !== undefined;
  /** Switches a block on with the cited starting values of a ransomware threat of this size. */
  const switchOn = (block: 'disruption' | 'ransom') => {
    const organisation = getAt(editor.state.doc, 'organisation') as Organisation;
    const template = threatTemplate('ransomware', organisation, String(getAt(editor.state.doc, 'currency') ?? 'USD'));
    const cited = Object.fromEntries(
      Object.entries(template.provenance)
        .filter(([key]) => key.startsWith(`${block}.`))
        .map(([key, source]) => [`${base}.${key}`, source]),
    );
    editor.edit((state) => ({ ...setValue(state, `${base}.${block}`, template.threat[block]), provenance: { ...state.provenance, ...cited } }));
  };
  const uncertain = (key: string) => {
    const input = field(`threats[*].${key}`);
    return <UncertainField key={key} path={`${base}.${key}`} field={input} max={maxFor(input)} />;
  };
  return (
    <section className="threat-card" aria-label={`Downtime and recovery: ${name}`}>
      <h3 className="threat-title">{name}</h3>
      <Toggle label="Stops or slows operations" checked={disrupts} onChange={(checked) => (checked ? switchOn('disruption') : editor.remove(`${base}.disruption`))} />
      {disrupts && DOWNTIME_FIELDS.filter((input) => input.path.startsWith('threats[*].disruption.')).map((input) => uncertain(input.path.slice('threats[*].'.length)))}
      {uncertain('itRecovery')}
      {uncertain('investigation')}
      <Toggle label="Criminals demand a ransom" checked={ransom} onChange={(checked) => (checked ? switchOn('ransom') : editor.remove(`${base}.ransom`))} />
      {ransom && (
        <>
          {uncertain('ransom.demand')}
          {uncertain('ransom.paymentProbability')}
        </>
      )}
    </section>
  );
}

export function DowntimeSection() {
  const editor = useEditor();
  const threats = (getAt(editor.state.doc, 'threats') ?? []) as readonly Readonly<Record<string, unknown>>[];
  const modelled = threats.map((threat, index) => ({ threat, index })).filter(({ threat }) => (threat['kind'] as ThreatKind) !== 'custom');
  return (
    <Section id="downtime" title="Downtime and recovery">
      {modelled.map(({ index }) => (
        <ThreatRecovery key={index} index={index} />
      ))}
      {modelled.length === 0 && <p className="field-note">Custom threats state their losses directly.</p>}
    </Section>
  );
}
