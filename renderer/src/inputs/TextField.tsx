/** A short text input (names), stored as typed; an empty name is reported by the schema. */
import { useId } from 'react';
import { errorsWithin } from '../workspace/validation';
import { getAt } from '../workspace/draftPath';
import { useEditor } from './editorContext';

export function TextField({ path, label, help }: Readonly<{ path: string; label: string; help?: string }>) {
  const editor = useEditor();
  const id = useId();
  const value = getAt(editor.state.doc, path);
  const errors = errorsWithin(editor.validation.errors, path).filter((error) => !error.includes('is not a known field'));
  return (
    <div className={errors.length > 0 ? 'field field-invalid' : 'field'}>
      <div className="field-head">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <input
        id={id}
        type="text"
        value={typeof value === 'string' ? value : ''}
        aria-invalid={errors.length > 0}
        {...(help || errors.length > 0 ? { 'aria-describedby': `${id}-note` } : {})}
        onChange={(event) => editor.setValue(path, event.target.value)}
      />
      {(help || errors.length > 0) && (
        <p id={`${id}-note`} className={errors.length > 0 ? 'field-errors' : 'field-note'}>
          {errors.length > 0 ? errors.join(' ') : help}
        </p>
      )}
    </div>
  );
}
