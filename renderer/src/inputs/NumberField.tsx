/**
 * A plain number input from the catalogue (records held, revenue, days), with its frame. The
 * field reads what it shows from the editor; its view is memoised, so an edit elsewhere does not
 * render it again.
 */
import { memo } from 'react';
import type { InputField } from '../../../shared/model/inputCatalogue';
import { unitText } from '../../../shared/model/inputCatalogue';
import type { Provenance } from '../../../shared/sources/provenance';
import { getAt } from '../workspace/draftPath';
import { errorsWithin } from '../workspace/validation';
import { useEditor, type EditorApi } from './editorContext';
import { FieldShell } from './FieldShell';
import { NumberInput } from './NumberInput';
import { sameProps } from './sameProps';
import { sourceFor } from './sourceFor';

export type NumberFieldProps = Readonly<{ path: string; field: InputField; max?: number; min?: number; label?: string }>;

type NumberFieldViewProps = Readonly<{
  path: string;
  field: InputField;
  max: number | undefined;
  min: number | undefined;
  label: string;
  unit: string;
  source: Provenance | undefined;
  errors: readonly string[];
  value: number | undefined;
  pendingText: string | undefined;
  locale: string | undefined;
  setValue: EditorApi['setValue'];
  setPending: EditorApi['setPending'];
  remove: EditorApi['remove'];
}>;

const NumberFieldView = memo(function NumberFieldView(props: NumberFieldViewProps) {
  const { path, field, max, min, label, unit, source, errors, value, pendingText, locale, setValue, setPending, remove } = props;
  return (
    <FieldShell label={label} unit={unit} help={field.help} source={source} errors={errors}>
      {({ inputId, describedBy }) => (
        <NumberInput
          id={inputId}
          value={value}
          pendingText={pendingText}
          isShare={field.unit === 'share'}
          {...(field.integer ? { integer: true } : {})}
          {...(min !== undefined ? { min } : {})}
          {...(max !== undefined ? { max } : {})}
          locale={locale}
          describedBy={describedBy}
          invalid={errors.length > 0}
          onValid={(next) => setValue(path, next)}
          onInvalid={(text, message) => setPending(path, text, message)}
          {...(field.optional ? { onEmpty: () => remove(path), placeholder: 'not set' } : {})}
        />
      )}
    </FieldShell>
  );
}, sameProps);

export function NumberField({ path, field, max, min, label }: NumberFieldProps) {
  const editor = useEditor();
  const value = getAt(editor.state.doc, path);
  return (
    <NumberFieldView
      path={path}
      field={field}
      max={max}
      min={min}
      label={label ?? field.label}
      unit={unitText(field.unit, editor.currency)}
      source={sourceFor(editor, path)}
      errors={errorsWithin(editor.validation.errors, path)}
      value={typeof value === 'number' ? value : undefined}
      pendingText={editor.state.pending[path]?.text}
      locale={editor.locale}
      setValue={editor.setValue}
      setPending={editor.setPending}
      remove={editor.remove}
    />
  );
}
