/**
 * The frame around one input: its visible label, its unit, its problems, and a help toggle that
 * shows what it means and where its starting value comes from.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Provenance } from '../../../shared/sources/provenance';
import { SourceNote } from './SourceNote';

export type FieldShellProps = Readonly<{
  label: string;
  unit: string;
  help: string;
  source: Provenance | undefined;
  errors: readonly string[];
  /** Renders the control(s), given the ids to wire labels and descriptions to. */
  children: (ids: Readonly<{ inputId: string; describedBy: string }>) => ReactNode;
  /** Set when the control is a group (several inputs): the label then names the group. */
  group?: boolean;
  actions?: ReactNode;
}>;

export function FieldShell({ label, unit, help, source, errors, children, group, actions }: FieldShellProps) {
  const base = useId();
  const inputId = `${base}-input`;
  const helpId = `${base}-help`;
  const errorId = `${base}-error`;
  const labelId = `${base}-label`;
  const [open, setOpen] = useState(false);
  const describedBy = [errors.length > 0 ? errorId : '', helpId].filter(Boolean).join(' ');
  const Label = group ? 'span' : 'label';
  return (
    <div
      className={errors.length > 0 ? 'field field-invalid' : 'field'}
      {...(group ? { role: 'group', 'aria-labelledby': labelId } : {})}
    >
      <div className="field-head">
        <Label id={labelId} className="field-label" {...(group ? {} : { htmlFor: inputId })}>
          {label}
          {unit && <span className="field-unit"> ({unit})</span>}
        </Label>
        {actions}
        <button
          type="button"
          className="help-toggle"
          aria-expanded={open}
          aria-controls={helpId}
          aria-label={`About ${label}`}
          onClick={() => setOpen((value) => !value)}
        >
          ?
        </button>
      </div>
      {children({ inputId, describedBy })}
      {errors.length > 0 && (
        <div id={errorId} role="alert">
          <ul className="field-errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <div id={helpId} className={open ? 'field-help' : 'field-help visually-hidden'}>
        <p>{help}</p>
        <SourceNote provenance={source} />
      </div>
    </div>
  );
}
