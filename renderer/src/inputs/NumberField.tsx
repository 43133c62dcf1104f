/** A plain number input from the catalogue (records held, revenue, days), with its frame. */
import type { InputField } from '../../../shared/model/inputCatalogue';
import { unitText } from '../../../shared/model/inputCatalogue';
import { getAt } from '../workspace/draftPath';
import { errorsWithin } from '../workspace/validation';
import { useEditor } from './editorContext';
import { FieldShell } from './FieldShell';
import { NumberInput } from './NumberInput';
import { sourceFor } from './sourceFor';

export type NumberFieldProps = Readonly<{ path: string; field: InputField; max?: number; min?: number; label?: string }>;

export function NumberField({ path, field, max, min, label }: NumberFieldProps) {
  const editor = useEditor();
  const value = getAt(editor.state.doc, path);
  const errors = errorsWithin(editor.validation.errors, path);
  const isShare = field.unit === 'share';
  return (
    <FieldShell label={label ?? field.label} unit={unitText(field.unit, editor.currency)} help={field.help} source={sourceFor(editor, path)} errors={errors}>
      {({ inputId, describedBy }) => (
        <NumberInput
          id={inputId}
          value={typeof value === 'number' ? value : undefined}
          pendingText={editor.state.pending[path]?.text}
          isShare={isShare}
          {...(field.integer ? { integer: true } : {})}
          {...(min !== undefined ? { min } : {})}
          {...(max !== undefined ? { max } : {})}
          locale={editor.locale}
          describedBy={describedBy}
          invalid={errors.length > 0}
          onValid={(next) => editor.setValue(path, next)}
          onInvalid={(text, message) => editor.setPending(path, text, message)}
          {...(field.optional ? { onEmpty: () => editor.remove(path), placeholder: 'not set' } : {})}
        />
      )}
    </FieldShell>
  );
}
