/**
 * An uncertain input: a single value, or low / most likely / high with the distribution chosen
 * for those who want it. Shares are typed as percentages. Each part keeps its own typed text
 * while invalid, and the range's problems (high below low) show beside it. The field reads what
 * it shows from the editor; its view is memoised, so an edit elsewhere does not render it again.
 */
import { memo } from 'react';
import type { UncertainInput } from '../../../shared/distributions/uncertain';
import type { InputField } from '../../../shared/model/inputCatalogue';
import { unitText } from '../../../shared/model/inputCatalogue';
import { getAt } from '../workspace/draftPath';
import { errorsWithin } from '../workspace/validation';
import { RANGE_KIND_LABELS, changeDistribution, representativeValue, toForm, type RangeKind } from '../workspace/uncertainEdit';
import { useEditor, type EditorApi } from './editorContext';
import { FieldShell } from './FieldShell';
import { NumberInput } from './NumberInput';
import { sameProps } from './sameProps';
import { controlIdsOf, sourceFor } from './sourceFor';
import { defaultValueOf } from '../../../shared/model/defaultSources';
import type { Regime } from '../../../shared/model/vocabulary';
import type { Provenance } from '../../../shared/sources/provenance';

export type UncertainFieldProps = Readonly<{ path: string; field: InputField; max: number; label?: string }>;

type Part = 'low' | 'mode' | 'high';

type UncertainFieldViewProps = Readonly<{
  path: string;
  field: InputField;
  max: number;
  name: string;
  unit: string;
  source: Provenance | undefined;
  /** The scenario's own value, and the default the model uses when there is none. */
  own: UncertainInput | undefined;
  defaultValue: UncertainInput | undefined;
  errors: readonly string[];
  lowInvalid: boolean;
  modeInvalid: boolean;
  highInvalid: boolean;
  pendingText: string | undefined;
  lowText: string | undefined;
  modeText: string | undefined;
  highText: string | undefined;
  locale: string | undefined;
  setValue: EditorApi['setValue'];
  setPending: EditorApi['setPending'];
  remove: EditorApi['remove'];
}>;

const UncertainFieldView = memo(function UncertainFieldView(props: UncertainFieldViewProps) {
  const { path, field, max, name, unit, source, own, defaultValue, errors, locale, setValue, setPending, remove } = props;
  const fallback = own === undefined ? defaultValue : undefined;
  /** What is shown: the scenario's own value, or the default the model will use. */
  const value = own ?? fallback;
  const usesDefault = own === undefined && fallback !== undefined;
  const hasDefault = defaultValue !== undefined;
  const form = toForm(value);
  const isShare = field.unit === 'share';
  const partState: Readonly<Record<Part, Readonly<{ text: string | undefined; invalid: boolean }>>> = {
    low: { text: props.lowText, invalid: props.lowInvalid },
    mode: { text: props.modeText, invalid: props.modeInvalid },
    high: { text: props.highText, invalid: props.highInvalid },
  };

  const part = (sub: Part, partLabel: string, partValue: number | undefined, inputId?: string, describedBy?: string) => {
    const subPath = `${path}.${sub}`;
    return (
      <label className="range-part">
        <span className="range-part-label">{partLabel}</span>
        <NumberInput
          id={inputId ?? `${path}-${sub}`}
          value={partValue}
          pendingText={partState[sub].text}
          isShare={isShare}
          max={max}
          locale={locale}
          invalid={partState[sub].invalid}
          ariaLabel={`${name}: ${partLabel.toLowerCase()}`}
          {...(describedBy ? { describedBy } : {})}
          onValid={(next) => (usesDefault && typeof value === 'object' ? setValue(path, { ...value, [sub]: next }) : setValue(subPath, next))}
          onInvalid={(text, message) => setPending(subPath, text, message)}
        />
      </label>
    );
  };

  const modeSwitch = (
    <div className="mode-switch" role="radiogroup" aria-label={`${name}: how to enter it`}>
      {(['single', 'range'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={form.mode === mode}
          className={form.mode === mode ? 'mode-option mode-option-on' : 'mode-option'}
          onClick={() => {
            if (mode === form.mode) return;
            setValue(path, mode === 'single' ? (representativeValue(value) ?? 0) : changeDistribution(value, 'pert', max));
          }}
        >
          {mode === 'single' ? 'Value' : 'Range'}
        </button>
      ))}
    </div>
  );

  const actions = (
    <>
      {usesDefault && <span className="default-badge">default</span>}
      {own !== undefined && hasDefault && (
        <button type="button" className="link-button" onClick={() => remove(path)} aria-label={`use default for ${name}`}>
          use default
        </button>
      )}
      {modeSwitch}
    </>
  );

  return (
    <FieldShell label={name} unit={unit} help={field.help} source={source} errors={errors} group actions={actions}>
      {({ inputId, describedBy }) =>
        form.mode === 'single' ? (
          <NumberInput
            id={inputId}
            value={form.value}
            pendingText={props.pendingText}
            isShare={isShare}
            max={max}
            locale={locale}
            ariaLabel={name}
            describedBy={describedBy}
            invalid={errors.length > 0}
            onValid={(next) => setValue(path, next)}
            onInvalid={(text, message) => setPending(path, text, message)}
            {...(field.optional ? { onEmpty: () => remove(path), placeholder: hasDefault ? 'default' : 'none' } : {})}
          />
        ) : (
          <div className="range">
            <label className="range-kind">
              <span className="visually-hidden">{`${name}: distribution`}</span>
              <select
                value={form.dist}
                aria-label={`${name}: distribution`}
                onChange={(event) => setValue(path, changeDistribution(value, event.target.value as RangeKind, max))}
              >
                {(Object.keys(RANGE_KIND_LABELS) as RangeKind[]).map((kind) => (
                  <option key={kind} value={kind}>
                    {RANGE_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </label>
            <div className="range-parts">
              {part('low', form.dist === 'lognormal' ? 'Low (5%)' : 'Low', form.low, inputId, describedBy)}
              {form.mostLikely !== undefined && part('mode', 'Most likely', form.mostLikely)}
              {part('high', form.dist === 'lognormal' ? 'High (95%)' : 'High', form.high)}
            </div>
          </div>
        )
      }
    </FieldShell>
  );
}, sameProps);

export function UncertainField({ path, field, max, label }: UncertainFieldProps) {
  const editor = useEditor();
  const { doc, pending } = editor.state;
  const regime = getAt(doc, 'regulation.regime') as Regime | undefined;
  const invalid = (sub: Part) => errorsWithin(editor.validation.errors, `${path}.${sub}`).length > 0;
  return (
    <UncertainFieldView
      path={path}
      field={field}
      max={max}
      name={label ?? field.label}
      unit={unitText(field.unit, editor.currency)}
      source={sourceFor(editor, path)}
      own={getAt(doc, path) as UncertainInput | undefined}
      defaultValue={defaultValueOf(path, regime, controlIdsOf(editor)) as UncertainInput | undefined}
      errors={errorsWithin(editor.validation.errors, path)}
      lowInvalid={invalid('low')}
      modeInvalid={invalid('mode')}
      highInvalid={invalid('high')}
      pendingText={pending[path]?.text}
      lowText={pending[`${path}.low`]?.text}
      modeText={pending[`${path}.mode`]?.text}
      highText={pending[`${path}.high`]?.text}
      locale={editor.locale}
      setValue={editor.setValue}
      setPending={editor.setPending}
      remove={editor.remove}
    />
  );
}
