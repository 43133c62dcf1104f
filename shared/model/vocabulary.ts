/** The fixed vocabularies of a scenario: sectors, regions, threat kinds, record types, regimes. */

export const SECTORS = [
  'healthcare',
  'finance',
  'retail',
  'technology',
  'education',
  'public',
  'manufacturing',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  healthcare: 'Healthcare',
  finance: 'Financial services',
  retail: 'Retail',
  technology: 'Technology',
  education: 'Education',
  public: 'Public sector',
  manufacturing: 'Manufacturing',
  other: 'Other',
};

export const REGIONS = ['US', 'UK', 'EU', 'CA', 'AU', 'other'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Readonly<Record<Region, string>> = {
  US: 'United States',
  UK: 'United Kingdom',
  EU: 'European Union',
  CA: 'Canada',
  AU: 'Australia',
  other: 'Other',
};

export const THREAT_KINDS = [
  'ransomware',
  'dataTheft',
  'businessEmailCompromise',
  'insider',
  'lostDevice',
  'thirdPartyBreach',
  'custom',
] as const;
export type ThreatKind = (typeof THREAT_KINDS)[number];

export const THREAT_KIND_LABELS: Readonly<Record<ThreatKind, string>> = {
  ransomware: 'Ransomware',
  dataTheft: 'Data theft',
  businessEmailCompromise: 'Business email compromise',
  insider: 'Insider',
  lostDevice: 'Lost or stolen device',
  thirdPartyBreach: 'Third-party breach',
  custom: 'Custom loss',
};

/** Records held, by type. All but `other` identify people, who must be told of a breach. */
export const RECORD_TYPES = ['health', 'personal', 'paymentCard', 'credentials', 'employee', 'other'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const RECORD_TYPE_LABELS: Readonly<Record<RecordType, string>> = {
  health: 'Health records',
  personal: 'Personal records',
  paymentCard: 'Payment card records',
  credentials: 'Login credentials',
  employee: 'Employee records',
  other: 'Other records',
};

/** Record types whose exposure means notifying a person (and may lead to monitoring and lawsuits). */
export const PEOPLE_RECORD_TYPES: readonly RecordType[] = ['health', 'personal', 'paymentCard', 'credentials', 'employee'];

export const REGIMES = ['hipaa', 'gdpr', 'ukGdpr', 'none'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LABELS: Readonly<Record<Regime, string>> = {
  hipaa: 'HIPAA (US health data)',
  gdpr: 'GDPR (EU)',
  ukGdpr: 'UK GDPR',
  none: 'No regulatory fines',
};
