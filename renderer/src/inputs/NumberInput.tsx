/**
 * A number typed the way people type it (2.5M, 2,500,000, 15 for 15%). While the text is not a
 * valid number it is kept as typed and the reason is shown; the stored value changes only when
 * the text is valid. When the stored value changes from outside (undo, a preset), the text follows.
 */
import { useState } from 'react';
import { formatNumberText, fromDisplay, parseNumberText, toDisplay } from '../workspace/numberText';

export type NumberInputProps = Readonly<{
  id: string;
  value: number | undefined;
  pendingText: string | undefined;
  isShare: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
  locale: string | undefined;
  describedBy?: string;
  ariaLabel?: string;
  invalid: boolean;
  onValid: (value: number) => void;
  onInvalid: (text: string, message: string) => void;
  onEmpty?: () => void;
  placeholder?: string;
}>;

function external(value: number | undefined, pendingText: string | undefined, isShare: boolean, locale: string | undefined): string {
  if (pendingText !== undefined) return pendingText;
  return value === undefined ? '' : formatNumberText(toDisplay(value, isShare), locale);
}

export function NumberInput(props: NumberInputProps) {
  const { value, pendingText, isShare, locale } = props;
  const [text, setText] = useState(() => external(value, pendingText, isShare, locale));
  const [seen, setSeen] = useState<readonly [number | undefined, string | undefined]>([value, pendingText]);

  // When the stored value changes from outside (undo, a preset), show it, unless the text being
  // typed already means that value (so "1,0" is not rewritten to "1" mid-keystroke).
  if (seen[0] !== value || seen[1] !== pendingText) {
    setSeen([value, pendingText]);
    if (pendingText !== undefined) setText(pendingText);
    else {
      const parsed = parseNumberText(text, locale);
      const matches = value === undefined ? text.trim() === '' : parsed.ok && Math.abs(fromDisplay(parsed.value, isShare) - value) <= 1e-12 * Math.max(1, Math.abs(value));
      if (!matches) setText(external(value, undefined, isShare, locale));
    }
  }

  const onChange = (next: string) => {
    setText(next);
    if (next.trim() === '' && props.onEmpty) {
      props.onEmpty();
      return;
    }
    const parsed = parseNumberText(next, locale);
    if (!parsed.ok) {
      props.onInvalid(next, parsed.message);
      return;
    }
    const stored = fromDisplay(parsed.value, isShare);
    if (props.integer && !Number.isInteger(stored)) {
      props.onInvalid(next, 'Enter a whole number.');
      return;
    }
    const min = props.min ?? 0;
    if (stored < min) {
      props.onInvalid(next, `Enter ${isShare ? `${toDisplay(min, true)}%` : formatNumberText(min, locale)} or more.`);
      return;
    }
    if (props.max !== undefined && stored > props.max) {
      props.onInvalid(next, `Enter at most ${isShare ? `${toDisplay(props.max, true)}%` : formatNumberText(props.max, locale)}.`);
      return;
    }
    props.onValid(stored);
  };

  return (
    <input
      id={props.id}
      className="number-input"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={text}
      placeholder={props.placeholder}
      aria-invalid={props.invalid}
      {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
      {...(props.ariaLabel ? { 'aria-label': props.ariaLabel } : {})}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
