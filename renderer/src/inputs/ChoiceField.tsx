/** A choice from a fixed list (sector, region, regime, tier), with a visible label and help. */
import { useId } from 'react';

export type ChoiceFieldProps<T extends string | number> = Readonly<{
  label: string;
  help: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}>;

export function ChoiceField<T extends string | number>({ label, help, value, options, optionLabel, onChange }: ChoiceFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <div className="field-head">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <select
        id={id}
        value={String(value)}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const chosen = options.find((option) => String(option) === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((option) => (
          <option key={String(option)} value={String(option)}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="field-note">
        {help}
      </p>
    </div>
  );
}
