/**
 * Every input a person can edit, in the order people think about them: its label in plain
 * words, its unit, what it means, and whether it is uncertain. Paths use `*` for a threat's
 * index (`threats[*].frequency`). The workspace, the report's assumptions table and the exports
 * all read labels from here, so an input is named the same way everywhere.
 */
import type { RecordType } from './vocabulary';
import { CATEGORY_IDS, CATEGORY_LABELS, COST_LINE_IDS, COST_LINE_LABELS, type CategoryId, type CostLineId } from './categories';
import { RECORD_TYPES, RECORD_TYPE_LABELS, THREAT_KINDS, THREAT_KIND_LABELS } from './vocabulary';
import { EFFECT_TARGET_LABELS, SCALAR_TARGETS as SCALAR_EFFECT_TARGETS } from '../controls/library';

export type InputUnit =
  | 'money'
  | 'moneyPerPerson'
  | 'moneyPerDay'
  | 'moneyPerItem'
  | 'count'
  | 'countPerDay'
  | 'share'
  | 'days'
  | 'eventsPerYear'
  | 'hours'
  | 'years'
  | 'ratio';

export type InputKind = 'number' | 'uncertain';

export type InputField = Readonly<{
  /** Path with `*` for the threat index, e.g. `threats[*].disruption.outageDays`. */
  path: string;
  label: string;
  unit: InputUnit;
  kind: InputKind;
  help: string;
  /** Whole numbers only. */
  integer?: boolean;
  /** May be left empty (the input then takes its default or does not apply). */
  optional?: boolean;
}>;

export const SECTION_IDS = ['organisation', 'data', 'threats', 'downtime', 'response', 'regulation', 'lostBusiness', 'insurance', 'controls', 'appetite'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  organisation: 'Organisation',
  data: 'Data held',
  threats: 'Threats',
  downtime: 'Downtime and recovery',
  response: 'Response and legal',
  regulation: 'Regulation',
  lostBusiness: 'Lost business',
  insurance: 'Insurance',
  controls: 'Security controls',
  appetite: 'Risk appetite',
};

const RECORD_HELP: Readonly<Record<RecordType, string>> = {
  health: 'Patient or medical records: diagnoses, treatments, insurance details. Worth far more to criminals than card numbers.',
  personal: 'Records that identify customers or members: names with addresses, dates of birth, government identifiers.',
  paymentCard: 'Payment card numbers stored or processed. Exposure brings card-brand assessments and reissue costs.',
  credentials: 'Usernames and passwords (or hashes) for staff, customers or portals.',
  employee: 'Records about staff: HR files, payroll, tax and bank details.',
  other: 'Records that do not identify a person (contracts, designs). Not counted for notification.',
};

export const ORGANISATION_FIELDS: readonly InputField[] = [
  { path: 'organisation.annualRevenue', label: 'Annual revenue', unit: 'money', kind: 'number', help: 'Revenue a year (for a public body, income that stops when its systems stop). Sets what a day of disruption costs.' },
  { path: 'organisation.operatingDaysPerYear', label: 'Operating days a year', unit: 'days', kind: 'number', integer: true, help: 'Days a year the organisation works; appointments and procedures happen on these days.' },
  { path: 'organisation.healthcare.appointmentsPerDay', label: 'Appointments a day', unit: 'countPerDay', kind: 'number', optional: true, help: 'Healthcare only: appointments on a normal operating day. Cancelled when systems are down.' },
  { path: 'organisation.healthcare.marginPerAppointment', label: 'Margin per appointment', unit: 'moneyPerItem', kind: 'number', optional: true, help: 'What one appointment earns over its variable cost (or, for publicly funded care, what it is worth).' },
  { path: 'organisation.healthcare.proceduresPerDay', label: 'Procedures a day', unit: 'countPerDay', kind: 'number', optional: true, help: 'Healthcare only: operations and procedures on a normal operating day.' },
  { path: 'organisation.healthcare.marginPerProcedure', label: 'Margin per procedure', unit: 'moneyPerItem', kind: 'number', optional: true, help: 'What one procedure earns over its variable cost.' },
];

export const DATA_FIELDS: readonly InputField[] = RECORD_TYPES.map((type) => ({
  path: `organisation.records.${type}`,
  label: `${RECORD_TYPE_LABELS[type]} held`,
  unit: 'count' as const,
  kind: 'number' as const,
  integer: true,
  help: RECORD_HELP[type],
}));

export const THREAT_FIELDS: readonly InputField[] = [
  { path: 'threats[*].frequency', label: 'Events a year', unit: 'eventsPerYear', kind: 'uncertain', help: 'How often this happens: the expected number of events a year (0.1 is once in ten years). Several events in one year are possible.' },
  ...RECORD_TYPES.map((type) => ({
    path: `threats[*].exposure.${type}`,
    label: `Share of ${RECORD_TYPE_LABELS[type].toLowerCase()} exposed`,
    unit: 'share' as const,
    kind: 'uncertain' as const,
    optional: true,
    help: `Of the ${RECORD_TYPE_LABELS[type].toLowerCase()} held, the share one event exposes.`,
  })),
];

export const DOWNTIME_FIELDS: readonly InputField[] = [
  { path: 'threats[*].disruption.outageDays', label: 'Days systems are down', unit: 'days', kind: 'uncertain', help: 'Calendar days of outage after one event.' },
  { path: 'threats[*].disruption.operationsLost', label: 'Share of operations lost', unit: 'share', kind: 'uncertain', help: 'While systems are down, the share of normal business (or care) that cannot go ahead.' },
  { path: 'threats[*].disruption.rampUpDays', label: 'Days back to full capacity', unit: 'days', kind: 'uncertain', optional: true, help: 'After systems return, days until operations are fully back; the loss falls steadily over them.' },
  { path: 'threats[*].disruption.extraCostPerDay', label: 'Extra cost per day of disruption', unit: 'moneyPerDay', kind: 'uncertain', optional: true, help: 'Overtime, agency staff and manual workarounds for each disrupted day.' },
  { path: 'threats[*].itRecovery', label: 'IT rebuild and data restoration', unit: 'money', kind: 'uncertain', optional: true, help: 'Rebuilding systems, restoring data and replacing hardware after one event.' },
  { path: 'threats[*].investigation', label: 'Forensics and crisis management', unit: 'money', kind: 'uncertain', optional: true, help: 'Investigating and managing one event: forensic firm, crisis communications, audit.' },
  { path: 'threats[*].ransom.demand', label: 'Ransom demanded', unit: 'money', kind: 'uncertain', optional: true, help: 'The ransom asked for after an attack.' },
  { path: 'threats[*].ransom.paymentProbability', label: 'Chance the ransom is paid', unit: 'share', kind: 'uncertain', optional: true, help: 'The chance the organisation (or its insurer) pays.' },
];

export const RESPONSE_FIELDS: readonly InputField[] = [
  { path: 'response.notificationCostPerPerson', label: 'Cost to notify one person', unit: 'moneyPerPerson', kind: 'uncertain', optional: true, help: 'Letter, call centre and web page for each person whose records were exposed (at the reference breach size).' },
  { path: 'response.regulatorNotificationCost', label: 'Breach counsel and regulator notices', unit: 'money', kind: 'uncertain', optional: true, help: 'Legal advice and notices to regulators, once per event that exposes records.' },
  { path: 'response.monitoringUptake', label: 'Share taking identity monitoring', unit: 'share', kind: 'uncertain', optional: true, help: 'Of the people notified, the share who take up free identity or credit monitoring.' },
  { path: 'response.monitoringCostPerPerson', label: 'Monitoring cost per person enrolled', unit: 'moneyPerPerson', kind: 'uncertain', optional: true, help: 'What the monitoring costs for each person who enrols.' },
  { path: 'response.lawsuitProbability', label: 'Chance of a class action', unit: 'share', kind: 'uncertain', optional: true, help: 'The chance an event that exposes records brings a class action.' },
  { path: 'response.legalDefenceCost', label: 'Legal defence if sued', unit: 'money', kind: 'uncertain', optional: true, help: 'Defending a class action.' },
  { path: 'response.settlementPerPerson', label: 'Settlement per person affected', unit: 'moneyPerPerson', kind: 'uncertain', optional: true, help: 'What a settlement pays per class member, when there is one.' },
  { path: 'response.cardAssessmentPerCard', label: 'Card assessment per card exposed', unit: 'moneyPerItem', kind: 'uncertain', optional: true, help: 'Card-brand fines, assessments and reissue costs per payment card exposed.' },
];

export const REGULATION_FIELDS: readonly InputField[] = [
  { path: 'regulation.fineProbability', label: 'Chance of a fine', unit: 'share', kind: 'uncertain', optional: true, help: 'The chance that an event exposing records ends in a regulatory fine or settlement.' },
  { path: 'regulation.fineIfImposed', label: 'Fine if imposed', unit: 'money', kind: 'uncertain', optional: true, help: 'The fine when there is one, before the regime’s cap.' },
  { path: 'regulation.provisionsViolated', label: 'HIPAA provisions violated', unit: 'count', kind: 'number', integer: true, optional: true, help: 'HIPAA caps apply per identical provision violated in a year.' },
  { path: 'regulation.exchangeRate', label: 'Exchange rate to the regime’s currency', unit: 'ratio', kind: 'number', optional: true, help: 'How many units of the scenario’s currency one unit of the regime’s currency is worth.' },
];

export const LOST_BUSINESS_FIELDS: readonly InputField[] = [
  { path: 'lostBusiness.customers', label: 'Customers or patients', unit: 'count', kind: 'number', integer: true, optional: true, help: 'Customers (or patients, students) who could leave after an incident.' },
  { path: 'lostBusiness.abnormalChurn', label: 'Extra share who leave', unit: 'share', kind: 'uncertain', optional: true, help: 'Of the customers affected, the extra share who leave because of the incident.' },
  { path: 'lostBusiness.lifetimeValue', label: 'Value of a customer', unit: 'money', kind: 'uncertain', optional: true, help: 'The margin a customer brings over the years they stay.' },
];

export const INSURANCE_FIELDS: readonly InputField[] = [
  { path: 'insurance.retention', label: 'Retention per incident', unit: 'money', kind: 'number', help: 'The deductible: what the organisation pays itself on each incident before the policy pays.' },
  { path: 'insurance.annualAggregateRetention', label: 'Most retained in a year', unit: 'money', kind: 'number', optional: true, help: 'An annual aggregate retention: the year’s retentions together never exceed this; when they would, each incident’s retention is cut in proportion. Leave empty for no cap.' },
  { path: 'insurance.coinsurance', label: 'Coinsurance share kept', unit: 'share', kind: 'number', optional: true, help: 'Of each covered loss above the retention, the share the organisation keeps.' },
  { path: 'insurance.waitingPeriodHours', label: 'Business-interruption waiting period', unit: 'hours', kind: 'number', optional: true, help: 'Hours of outage before business-interruption cover starts; what accrues in them is not paid. An outage shorter than this pays no business interruption.' },
  { path: 'insurance.indemnityPeriodDays', label: 'Business-interruption indemnity period', unit: 'days', kind: 'number', optional: true, help: 'Days from the start of an outage during which business interruption is paid. Leave empty for no limit.' },
  { path: 'insurance.underwriting.riskLoad', label: 'Risk load', unit: 'ratio', kind: 'number', optional: true, help: 'The underwriter’s margin for uncertainty: this multiple of each layer’s standard deviation is added to its expected loss. Leave empty for none.' },
  { path: 'insurance.underwriting.expenseRatio', label: 'Expense ratio', unit: 'share', kind: 'number', optional: true, help: 'Share of the premium that goes on acquisition costs, administration and profit; the technical premium is grossed up by it. Leave empty for none.' },
];

export const LAYER_FIELDS: readonly InputField[] = [
  { path: 'insurance.layers[*].attachment', label: 'Attaches at', unit: 'money', kind: 'number', help: 'Where the layer starts paying, measured on the year’s loss after the retention, coinsurance, exclusions and sublimits.' },
  { path: 'insurance.layers[*].limit', label: 'Limit', unit: 'money', kind: 'number', help: 'The most the layer pays in a year (an annual aggregate).' },
  { path: 'insurance.layers[*].premium', label: 'Premium', unit: 'money', kind: 'number', optional: true, help: 'What the layer costs a year; used for the rate on line and the loss ratio.' },
];

export const SUBLIMIT_FIELDS: readonly InputField[] = [...CATEGORY_IDS, ...COST_LINE_IDS].map((key) => ({
  path: `insurance.sublimits.${key}`,
  label: `Sublimit: ${(CATEGORY_IDS as readonly string[]).includes(key) ? CATEGORY_LABELS[key as CategoryId] : COST_LINE_LABELS[key as CostLineId]}`,
  unit: 'money' as const,
  kind: 'number' as const,
  optional: true,
  help: 'The most the policy pays for this cover in a year, whatever the layers above. Leave empty for no sublimit.',
}));

export const CONTROL_FIELDS: readonly InputField[] = [
  { path: 'controls[*].annualCost', label: 'Cost a year', unit: 'money', kind: 'number', optional: true, help: 'Licences, services and staff time each year.' },
  { path: 'controls[*].oneOffCost', label: 'One-off cost', unit: 'money', kind: 'number', optional: true, help: 'Buying and setting it up; spread over the amortisation years when working out the annual cost.' },
  { path: 'controls[*].amortisationYears', label: 'Years to spread the one-off cost over', unit: 'years', kind: 'number', optional: true, help: 'How many years the one-off cost is spread over in the annualised cost.' },
  ...THREAT_KINDS.map((kind) => ({
    path: `controls[*].effects.frequency.${kind}`,
    label: `Effect on ${THREAT_KIND_LABELS[kind].toLowerCase()} incidents a year`,
    unit: 'share' as const,
    kind: 'uncertain' as const,
    optional: true,
    help: 'Multiplier on how often incidents of this kind happen: 100% is no effect, 70% means 30% fewer.',
  })),
  ...SCALAR_EFFECT_TARGETS.map((target) => ({
    path: `controls[*].effects.${target}`,
    label: `Effect on ${EFFECT_TARGET_LABELS[target].toLowerCase()}`,
    unit: 'share' as const,
    kind: 'uncertain' as const,
    optional: true,
    help: 'Multiplier on this input: 100% is no effect, 70% means 30% lower.',
  })),
];

export const APPETITE_FIELDS: readonly InputField[] = [
  { path: 'appetite[*].loss', label: 'A year costing more than', unit: 'money', kind: 'number', help: 'The loss in a year the tolerance is about.' },
  { path: 'appetite[*].probability', label: 'At most this chance', unit: 'share', kind: 'number', help: 'The largest chance of such a year the organisation accepts: 10% is once in ten years.' },
];

export const SCALING_FIELDS: readonly InputField[] = [
  { path: 'scaling.referenceRecords', label: 'Reference breach size', unit: 'count', kind: 'number', optional: true, help: 'Up to this many people, per-person costs apply in full; above it they fall as breaches grow.' },
  { path: 'scaling.slope', label: 'Cost-scaling slope', unit: 'ratio', kind: 'number', optional: true, help: 'How fast per-person costs fall with breach size: 1 is linear; 0.76 fits published breach costs.' },
];

export const ALL_FIELDS: readonly InputField[] = [
  ...ORGANISATION_FIELDS,
  ...DATA_FIELDS,
  ...THREAT_FIELDS,
  ...DOWNTIME_FIELDS,
  ...RESPONSE_FIELDS,
  ...REGULATION_FIELDS,
  ...LOST_BUSINESS_FIELDS,
  ...SCALING_FIELDS,
  ...INSURANCE_FIELDS,
  ...LAYER_FIELDS,
  ...SUBLIMIT_FIELDS,
  ...CONTROL_FIELDS,
  ...APPETITE_FIELDS,
];

/** `threats[2].frequency` -> `threats[*].frequency`; `insurance.layers[1].limit` -> `insurance.layers[*].limit`. */
export function genericPath(path: string): string {
  return path
    .replace(/^threats\[\d+\]/, 'threats[*]')
    .replace(/^insurance\.layers\[\d+\]/, 'insurance.layers[*]')
    .replace(/^controls\[\d+\]/, 'controls[*]')
    .replace(/^appetite\[\d+\]/, 'appetite[*]');
}

export function fieldFor(path: string): InputField | undefined {
  const generic = genericPath(path);
  return ALL_FIELDS.find((field) => field.path === generic);
}

/** Unit words shown next to an input. */
export function unitText(unit: InputUnit, currency: string): string {
  switch (unit) {
    case 'money':
      return currency;
    case 'moneyPerPerson':
      return `${currency} per person`;
    case 'moneyPerDay':
      return `${currency} per day`;
    case 'moneyPerItem':
      return `${currency} each`;
    case 'count':
      return '';
    case 'countPerDay':
      return 'per day';
    case 'share':
      return '%';
    case 'days':
      return 'days';
    case 'eventsPerYear':
      return '';
    case 'hours':
      return 'hours';
    case 'years':
      return 'years';
    case 'ratio':
      return '';
  }
}
