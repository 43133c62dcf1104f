/**
 * The six cost categories every result is reported in, and the cost lines inside each.
 * The category ids are a contract: reports, exports and the insurance layer depend on them.
 */

export const CATEGORY_IDS = ['detection', 'notification', 'response', 'disruption', 'recovery', 'lostBusiness'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_LABELS: Readonly<Record<CategoryId, string>> = {
  detection: 'Detection and escalation',
  notification: 'Notification',
  response: 'Post-breach response',
  disruption: 'Business disruption',
  recovery: 'Recovery',
  lostBusiness: 'Lost business',
};

export const CATEGORY_DESCRIPTIONS: Readonly<Record<CategoryId, string>> = {
  detection: 'Forensic investigation, crisis management and audit.',
  notification: 'Telling the people affected and the regulators.',
  response: 'Identity monitoring, legal defence, settlements, fines and card-brand assessments.',
  disruption: 'Revenue or care lost while operations are down, and the extra cost of working around the outage.',
  recovery: 'Rebuilding IT, restoring data, and any ransom paid.',
  lostBusiness: 'Customers or patients who leave after the incident.',
};

/** Cost lines: the finer breakdown inside each category (insurance sublimits refer to these). */
export const COST_LINE_IDS = [
  'investigation',
  'notices',
  'regulatorNotices',
  'identityMonitoring',
  'legalDefence',
  'settlements',
  'regulatoryFines',
  'cardAssessments',
  'lostRevenue',
  'cancelledCare',
  'extraOperatingCosts',
  'itRecovery',
  'ransom',
  'customerChurn',
  'custom',
] as const;
export type CostLineId = (typeof COST_LINE_IDS)[number];

export const COST_LINE_CATEGORY: Readonly<Record<Exclude<CostLineId, 'custom'>, CategoryId>> = {
  investigation: 'detection',
  notices: 'notification',
  regulatorNotices: 'notification',
  identityMonitoring: 'response',
  legalDefence: 'response',
  settlements: 'response',
  regulatoryFines: 'response',
  cardAssessments: 'response',
  lostRevenue: 'disruption',
  cancelledCare: 'disruption',
  extraOperatingCosts: 'disruption',
  itRecovery: 'recovery',
  ransom: 'recovery',
  customerChurn: 'lostBusiness',
};

export const COST_LINE_LABELS: Readonly<Record<CostLineId, string>> = {
  investigation: 'Forensics and crisis management',
  notices: 'Notifying people',
  regulatorNotices: 'Regulator notices and counsel',
  identityMonitoring: 'Identity monitoring',
  legalDefence: 'Legal defence',
  settlements: 'Class-action settlements',
  regulatoryFines: 'Regulatory fines',
  cardAssessments: 'Payment card assessments',
  lostRevenue: 'Lost revenue',
  cancelledCare: 'Cancelled appointments and procedures',
  extraOperatingCosts: 'Extra staff and workarounds',
  itRecovery: 'IT rebuild and data restoration',
  ransom: 'Ransom paid',
  customerChurn: 'Customers lost',
  custom: 'Custom losses',
};

/** When a category's cost is paid: first month, rest of year one, year two, year three. */
export const TIMELINE_PERIODS = ['firstMonth', 'restOfYearOne', 'yearTwo', 'yearThree'] as const;
export type TimelinePeriod = (typeof TIMELINE_PERIODS)[number];

export const TIMELINE_PERIOD_LABELS: Readonly<Record<TimelinePeriod, string>> = {
  firstMonth: 'First month',
  restOfYearOne: 'Rest of year 1',
  yearTwo: 'Year 2',
  yearThree: 'Year 3',
};

export type TimingProfile = readonly [number, number, number, number];
