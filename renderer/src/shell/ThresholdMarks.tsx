/**
 * Losses the user wants marked on the exceedance curve ("how likely is a year worse than 5M?"),
 * with the chance of exceeding each shown on the curve and in its table.
 */
import { useId, useState } from 'react';
import { NumberInput } from '../inputs/NumberInput';
import type { Formatters } from '../results/format';

export type ThresholdMarksProps = Readonly<{
  thresholds: readonly number[];
  onChange: (thresholds: readonly number[]) => void;
  locale: string | undefined;
  currency: string;
  format: Formatters;
}>;

export const MAX_THRESHOLDS = 5;

export function ThresholdMarks({ thresholds, onChange, locale, currency, format }: ThresholdMarksProps) {
  const id = useId();
  const [draft, setDraft] = useState<number | undefined>(undefined);
  const [text, setText] = useState<string | undefined>(undefined);
  const add = () => {
    if (draft === undefined || draft <= 0 || thresholds.includes(draft) || thresholds.length >= MAX_THRESHOLDS) return;
    onChange([...thresholds, draft].sort((a, b) => a - b));
    setDraft(undefined);
    setText(undefined);
  };
  return (
    <div className="threshold-marks">
      <label htmlFor={id}>Mark a loss on the curve ({currency})</label>
      <NumberInput
        id={id}
        value={draft}
        pendingText={text}
        isShare={false}
        locale={locale}
        invalid={text !== undefined}
        placeholder="e.g. 5M"
        onValid={(value) => {
          setDraft(value);
          setText(undefined);
        }}
        onInvalid={(typed) => setText(typed)}
      />
      <button type="button" onClick={add} disabled={draft === undefined || draft <= 0 || thresholds.length >= MAX_THRESHOLDS}>
        Mark
      </button>
      {thresholds.map((loss) => (
        <button key={loss} type="button" className="chip" onClick={() => onChange(thresholds.filter((value) => value !== loss))} aria-label={`Remove the mark at ${format.money(loss)}`}>
          {format.moneyCompact(loss)} ×
        </button>
      ))}
    </div>
  );
}
