/** Organisation: name, sector, region, currency, revenue, operating days and, for healthcare, daily activity. */
import { ORGANISATION_FIELDS } from '../../../shared/model/inputCatalogue';
import { REGIONS, REGION_LABELS, SECTORS, SECTOR_LABELS, type Region, type Sector } from '../../../shared/model/vocabulary';
import { getAt } from '../workspace/draftPath';
import { ChoiceField } from './ChoiceField';
import { useEditor } from './editorContext';
import { field, maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { TextField } from './TextField';

export const CURRENCIES = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'NZD', 'INR', 'SGD'] as const;

export function OrganisationSection() {
  const editor = useEditor();
  const doc = editor.state.doc;
  const currency = String(getAt(doc, 'currency') ?? 'USD');
  const healthcare = getAt(doc, 'organisation.healthcare') !== undefined;
  const currencies = (CURRENCIES as readonly string[]).includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <Section id="organisation" title="Organisation">
      <TextField path="organisation.name" label="Organisation name" />
      <div className="field-row">
        <ChoiceField<Sector>
          label="Sector"
          help="Sets which published benchmarks the results are compared with."
          value={(getAt(doc, 'organisation.sector') as Sector) ?? 'other'}
          options={SECTORS}
          optionLabel={(sector) => SECTOR_LABELS[sector]}
          onChange={(sector) => editor.setValue('organisation.sector', sector)}
        />
        <ChoiceField<Region>
          label="Country or region"
          help="Where the organisation operates."
          value={(getAt(doc, 'organisation.region') as Region) ?? 'other'}
          options={REGIONS}
          optionLabel={(region) => REGION_LABELS[region]}
          onChange={(region) => editor.setValue('organisation.region', region)}
        />
      </div>
      <ChoiceField<string>
        label="Currency"
        help="Every amount in this scenario is in this currency; changing it does not convert the amounts."
        value={currency}
        options={currencies}
        optionLabel={(code) => code}
        onChange={(code) => editor.setValue('currency', code)}
      />
      <NumberField path="organisation.annualRevenue" field={field('organisation.annualRevenue')} max={maxFor(field('organisation.annualRevenue'))} />
      <NumberField path="organisation.operatingDaysPerYear" field={field('organisation.operatingDaysPerYear')} min={1} max={366} />
      <label className="toggle">
        <input
          type="checkbox"
          checked={healthcare}
          onChange={(event) =>
            event.target.checked
              ? editor.setValue('organisation.healthcare', { appointmentsPerDay: 0, marginPerAppointment: 0, proceduresPerDay: 0, marginPerProcedure: 0 })
              : editor.remove('organisation.healthcare')
          }
        />
        Count cancelled appointments and procedures (healthcare)
      </label>
      {healthcare &&
        ORGANISATION_FIELDS.filter((input) => input.path.startsWith('organisation.healthcare')).map((input) => (
          <NumberField key={input.path} path={input.path} field={input} max={maxFor(input)} />
        ))}
    </Section>
  );
}
