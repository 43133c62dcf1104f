/** Response and legal: notification, monitoring, lawsuits and card assessments (cited defaults unless set). */
import { RESPONSE_FIELDS } from '../../../shared/model/inputCatalogue';
import { maxFor } from './fields';
import { Section } from './Section';
import { UncertainField } from './UncertainField';

export function ResponseSection() {
  return (
    <Section id="response" title="Response and legal" summary="Applies to every event that exposes records">
      {RESPONSE_FIELDS.map((input) => (
        <UncertainField key={input.path} path={input.path} field={input} max={maxFor(input)} />
      ))}
    </Section>
  );
}
