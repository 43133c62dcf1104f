/** Data held: records by type. */
import { DATA_FIELDS } from '../../../shared/model/inputCatalogue';
import { maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';

export function DataSection() {
  return (
    <Section id="data" title="Data held" summary="Records by type">
      {DATA_FIELDS.map((input) => (
        <NumberField key={input.path} path={input.path} field={input} max={maxFor(input)} />
      ))}
    </Section>
  );
}
