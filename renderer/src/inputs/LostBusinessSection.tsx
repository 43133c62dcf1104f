/** Lost business: customers or patients who leave after an incident, and what each is worth. */
import { LOST_BUSINESS_FIELDS } from '../../../shared/model/inputCatalogue';
import { getAt } from '../workspace/draftPath';
import { useEditor } from './editorContext';
import { maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { UncertainField } from './UncertainField';

export function LostBusinessSection() {
  const editor = useEditor();
  const on = getAt(editor.state.doc, 'lostBusiness') !== undefined;
  return (
    <Section id="lostBusiness" title="Lost business">
      <label className="toggle">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => (event.target.checked ? editor.setValue('lostBusiness', { customers: 0, lifetimeValue: 0 }) : editor.remove('lostBusiness'))}
        />
        Customers may leave after an incident
      </label>
      {on &&
        LOST_BUSINESS_FIELDS.map((input) =>
          input.kind === 'number' ? (
            <NumberField key={input.path} path={input.path} field={input} max={maxFor(input)} />
          ) : (
            <UncertainField key={input.path} path={input.path} field={input} max={maxFor(input)} />
          ),
        )}
    </Section>
  );
}
