/**
 * Threats: what could hit the organisation and how often, and the share of each kind of record
 * one event exposes. Threats can be added (starting from cited values for their kind) or removed.
 */
import { useId, useState } from 'react';
import { RECORD_TYPES, THREAT_KINDS, THREAT_KIND_LABELS, type RecordType, type ThreatKind } from '../../../shared/model/vocabulary';
import { THREAT_FIELDS } from '../../../shared/model/inputCatalogue';
import { threatTemplate } from '../../../shared/presets/threatTemplates';
import type { Organisation } from '../../../shared/scenario/schemaV1';
import { addThreat, removeThreat } from '../workspace/editorState';
import { getAt } from '../workspace/draftPath';
import { useEditor } from './editorContext';
import { field, maxFor } from './fields';
import { Section } from './Section';
import { TextField } from './TextField';
import { UncertainField } from './UncertainField';

type ThreatDoc = Readonly<{ name?: unknown; kind?: unknown; exposure?: Readonly<Record<string, unknown>> }>;

function ThreatCard({ index, threat, count }: Readonly<{ index: number; threat: ThreatDoc; count: number }>) {
  const editor = useEditor();
  const base = `threats[${index}]`;
  const kind = threat.kind as ThreatKind;
  const records = (getAt(editor.state.doc, 'organisation.records') ?? {}) as Readonly<Record<string, unknown>>;
  const shown = RECORD_TYPES.filter((type: RecordType) => Number(records[type] ?? 0) > 0 || threat.exposure?.[type] !== undefined);
  const name = typeof threat.name === 'string' && threat.name !== '' ? threat.name : `Threat ${index + 1}`;
  return (
    <section className="threat-card" aria-label={`Threat: ${name}`}>
      <div className="threat-head">
        <span className="threat-kind">{THREAT_KIND_LABELS[kind] ?? String(threat.kind)}</span>
        <button
          type="button"
          className="link-button danger"
          disabled={count <= 1}
          onClick={() => editor.edit((state) => removeThreat(state, index))}
          aria-label={`Remove threat ${name}`}
        >
          remove
        </button>
      </div>
      <TextField path={`${base}.name`} label="Name" />
      <UncertainField path={`${base}.frequency`} field={field('threats[*].frequency')} max={maxFor(field('threats[*].frequency'))} label={`${name}: events a year`} />
      {kind !== 'custom' &&
        shown.map((type) => {
          const input = THREAT_FIELDS.find((candidate) => candidate.path === `threats[*].exposure.${type}`);
          return input ? <UncertainField key={type} path={`${base}.exposure.${type}`} field={input} max={1} /> : null;
        })}
      {kind !== 'custom' && shown.length === 0 && <p className="field-note">No records are held, so this threat exposes none.</p>}
    </section>
  );
}

function AddThreat() {
  const editor = useEditor();
  const id = useId();
  const [kind, setKind] = useState<ThreatKind>('ransomware');
  const threats = (getAt(editor.state.doc, 'threats') ?? []) as readonly ThreatDoc[];
  const add = () => {
    const organisation = getAt(editor.state.doc, 'organisation') as Organisation;
    const currency = String(getAt(editor.state.doc, 'currency') ?? 'USD');
    const names = new Set(threats.map((threat) => String(threat.name)));
    let name = THREAT_KIND_LABELS[kind];
    for (let n = 2; names.has(name); n += 1) name = `${THREAT_KIND_LABELS[kind]} ${n}`;
    const template = threatTemplate(kind, organisation, currency, name);
    editor.edit((state) => addThreat(state, template.threat, template.provenance));
  };
  return (
    <div className="add-threat">
      <label htmlFor={id}>Add a threat</label>
      <select id={id} value={kind} onChange={(event) => setKind(event.target.value as ThreatKind)}>
        {THREAT_KINDS.map((option) => (
          <option key={option} value={option}>
            {THREAT_KIND_LABELS[option]}
          </option>
        ))}
      </select>
      <button type="button" onClick={add} disabled={threats.length >= 50}>
        Add
      </button>
    </div>
  );
}

export function ThreatsSection() {
  const editor = useEditor();
  const threats = (getAt(editor.state.doc, 'threats') ?? []) as readonly ThreatDoc[];
  return (
    <Section id="threats" title="Threats" summary={`${threats.length} threat${threats.length === 1 ? '' : 's'}`}>
      {threats.map((threat, index) => (
        <ThreatCard key={index} index={index} threat={threat} count={threats.length} />
      ))}
      <AddThreat />
    </Section>
  );
}
