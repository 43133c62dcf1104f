/**
 * Security controls: each control in the library is not used, in place (part of every result)
 * or proposed (valued in the Controls view), with its costs and, for those who know better than
 * the library, its effects (each starts at the library's cited default).
 */
import { useId } from 'react';
import { CONTROL_LIBRARY, EFFECT_TARGET_LABELS, SCALAR_TARGETS, type ControlDefinition } from '../../../shared/controls/library';
import { CONTROL_FIELDS } from '../../../shared/model/inputCatalogue';
import { THREAT_KIND_LABELS, type ThreatKind } from '../../../shared/model/vocabulary';
import type { ControlStatus } from '../../../shared/scenario/controlsSchema';
import { getAt } from '../workspace/draftPath';
import { controlIndex, setControlStatus } from '../workspace/controlsEdit';
import { useEditor } from './editorContext';
import { maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { UncertainField } from './UncertainField';

const STATUS_LABELS: Readonly<Record<ControlStatus | 'none', string>> = { none: 'Not used', inPlace: 'In place', proposed: 'Proposed' };

const catalogueField = (path: string) => {
  const found = CONTROL_FIELDS.find((field) => field.path === path);
  if (!found) throw new Error(`No control field ${path}.`);
  return found;
};

/** The effects a control has, by default or because the scenario gives them. */
function effectPaths(definition: ControlDefinition, own: Readonly<Record<string, unknown>> | undefined): { path: string; label: string }[] {
  const kinds = new Set<string>([...Object.keys(definition.effects.frequency ?? {}), ...Object.keys((own?.['frequency'] as object | undefined) ?? {})]);
  const scalars = SCALAR_TARGETS.filter((target) => definition.effects[target] !== undefined || own?.[target] !== undefined);
  return [
    ...[...kinds].map((kind) => ({ path: `frequency.${kind}`, label: `${THREAT_KIND_LABELS[kind as ThreatKind] ?? kind} incidents a year` })),
    ...scalars.map((target) => ({ path: target, label: EFFECT_TARGET_LABELS[target] })),
  ];
}

function ControlCard({ definition }: Readonly<{ definition: ControlDefinition }>) {
  const editor = useEditor();
  const id = useId();
  const index = controlIndex(editor.state, definition.id);
  const status = index < 0 ? 'none' : ((getAt(editor.state.doc, `controls[${index}].status`) as ControlStatus | undefined) ?? 'proposed');
  const base = `controls[${index}]`;
  const own = index < 0 ? undefined : (getAt(editor.state.doc, `${base}.effects`) as Readonly<Record<string, unknown>> | undefined);
  return (
    <section className={status === 'none' ? 'threat-card control-card control-unused' : 'threat-card control-card'} aria-label={`Control: ${definition.label}`}>
      <div className="threat-head">
        <label className="field-label" htmlFor={`${id}-status`}>
          {definition.label}
        </label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => {
            const next = event.target.value as ControlStatus | 'none';
            editor.edit((state) => setControlStatus(state, definition.id, next === 'none' ? null : next));
          }}
        >
          {(['none', 'inPlace', 'proposed'] as const).map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <p className="field-note">{definition.description}</p>
      {status !== 'none' && (
        <>
          {(['annualCost', 'oneOffCost', 'amortisationYears'] as const).map((field) => {
            const input = catalogueField(`controls[*].${field}`);
            return <NumberField key={field} path={`${base}.${field}`} field={input} max={maxFor(input)} {...(field === 'amortisationYears' ? { min: 1 } : {})} label={`${definition.label}: ${input.label.toLowerCase()}`} />;
          })}
          <details className="coverage-lines">
            <summary>Effects ({effectPaths(definition, own).length}), each with its source</summary>
            {effectPaths(definition, own).map((effect) => {
              const input = catalogueField(`controls[*].effects.${effect.path}`);
              return <UncertainField key={effect.path} path={`${base}.effects.${effect.path}`} field={input} max={1} label={`${definition.label}: effect on ${effect.label.toLowerCase()}`} />;
            })}
          </details>
        </>
      )}
    </section>
  );
}

export function ControlsSection() {
  const editor = useEditor();
  const listed = (getAt(editor.state.doc, 'controls') as readonly { status?: unknown }[] | undefined) ?? [];
  const inPlace = listed.filter((control) => control.status === 'inPlace').length;
  const proposed = listed.filter((control) => control.status === 'proposed').length;
  return (
    <Section id="controls" title="Security controls" summary={listed.length === 0 ? 'None listed' : `${inPlace} in place, ${proposed} proposed`} defaultOpen={false}>
      <p className="field-note">
        Controls in place are part of every result. Proposed ones are valued in the Controls view: what each saves, its return on investment and the best combination. Each effect multiplies
        one model input (100% = no effect) and starts at the library’s cited default.
      </p>
      {CONTROL_LIBRARY.map((definition) => (
        <ControlCard key={definition.id} definition={definition} />
      ))}
    </Section>
  );
}
