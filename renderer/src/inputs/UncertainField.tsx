/**
 * An uncertain input: a single value, or low / most likely / high with the distribution chosen
 * for those who want it. Shares are typed as percentages. Each part keeps its own typed text
 * while invalid, and the range's problems (high below low) show beside it.
 */
import type { UncertainInput } from '../../../shared/distributions/uncertain';
import type { InputField } from '../../../shared/model/inputCatalogue';
import { unitText } from '../../../shared/model/inputCatalogue';
import { getAt } from '../workspace/draftPath';
import { errorsWithin } from '../workspace/validation';
import { RANGE_KIND_LABELS, changeDistribution, representativeValue, toForm, type RangeKind } from '../workspace/uncertainEdit';
import { useEditor } from './editorContext';
import { FieldShell } from './FieldShell';
import { NumberInput } from './NumberInput';
import { controlIdsOf, sourceFor } from './sourceFor';
import { defaultValueOf } from '../../../shared/model/defaultSources';
import type { Regime } from '../../../shared/model/vocabulary';

export type UncertainFieldProps = Readonly<{ path: string; field: InputField; max: number; label?: string }>;

export function UncertainField({ path, field, max, label }: UncertainFieldProps) {
  const editor = useEditor();
  const own = getAt(editor.state.doc, path) as UncertainInput | undefined;
  const regime = getAt(editor.state.doc, 'regulation.regime') as Regime | undefined;
  const defaultValue = defaultValueOf(path, regime, controlIdsOf(editor)) as UncertainInput | undefined;
  const fallback = own === undefined ? defaultValue : undefined;
  /** What is shown: the scenario's own value, or the default the model will use. */
  const value = own ?? fallback;
  const usesDefault = own === undefined && fallback !== undefined;
  const hasDefault = defaultValue !== undefined;
  const form = toForm(value);
  const isShare = field.unit === 'share';
  const errors = errorsWithin(editor.validation.errors, path);
  const name = label ?? field.label;

  const part = (sub: 'low' | 'mode' | 'high', partLabel: string, partValue: number | undefined, inputId?: string, describedBy?: string) => {
    const subPath = `${path}.${sub}`;
    return (
      <label className="range-part">
        <span className="range-part-label">{partLabel}</span>
        <NumberInput
          id={inputId ?? `${path}-${sub}`}
          value={partValue}
          pendingText={editor.state.pending[subPath]?.text}
          isShare={isShare}
          max={max}
          locale={editor.locale}
          invalid={errorsWithin(editor.validation.errors, subPath).length > 0}
          ariaLabel={`${name}: ${partLabel.toLowerCase()}`}
          {...(describedBy ? { describedBy } : {})}
          onValid={(next) => (usesDefault && typeof value === 'object' ? editor.setValue(path, { ...value, [sub]: next }) : editor.setValue(subPath, next))}
          onInvalid={(text, message) => editor.setPending(subPath, text, message)}
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
            editor.setValue(path, mode === 'single' ? (representativeValue(value) ?? 0) : changeDistribution(value, 'pert', max));
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
        <button type="button" className="link-button" onClick={() => editor.remove(path)} aria-label={`use default for ${name}`}>
          use default
        </button>
      )}
      {modeSwitch}
    </>
  );

  return (
    <FieldShell label={name} unit={unitText(field.unit, editor.currency)} help={field.help} source={sourceFor(editor, path)} errors={errors} group actions={actions}>
      {({ inputId, describedBy }) =>
        form.mode === 'single' ? (
          <NumberInput
            id={inputId}
            value={form.value}
            pendingText={editor.state.pending[path]?.text}
            isShare={isShare}
            max={max}
            locale={editor.locale}
            ariaLabel={name}
            describedBy={describedBy}
            invalid={errors.length > 0}
            onValid={(next) => editor.setValue(path, next)}
            onInvalid={(text, message) => editor.setPending(path, text, message)}
            {...(field.optional ? { onEmpty: () => editor.remove(path), placeholder: hasDefault ? 'default' : 'none' } : {})}
          />
        ) : (
          <div className="range">
            <label className="range-kind">
              <span className="visually-hidden">{`${name}: distribution`}</span>
              <select
                value={form.dist}
                aria-label={`${name}: distribution`}
                onChange={(event) => editor.setValue(path, changeDistribution(value, event.target.value as RangeKind, max))}
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
}
