/**
 * Defaults for the blocks a scenario may leave out, each with its published source or a
 * plainly labelled assumption. Money amounts come from US sources and are in US dollars;
 * a scenario in another currency should state its own (parse warns when it does not).
 */
import type { DistributionSpec } from '../distributions/uncertain';
import { assumption, sourced, type Provenance } from '../sources/provenance';
import type { CategoryId, TimingProfile } from './categories';
import type { Regime } from './vocabulary';
import type { GdprTier, HipaaCapBasis, HipaaTier } from './regimes';

export type Default<T> = Readonly<{ value: T; provenance: Provenance; money: boolean }>;

const pert = (low: number, mode: number, high: number): DistributionSpec => ({ dist: 'pert', low, mode, high });
const lognormal = (low: number, high: number): DistributionSpec => ({ dist: 'lognormal', low, high });

export const DEFAULTS_CURRENCY = 'USD';

export const RESPONSE_DEFAULTS = {
  notificationCostPerPerson: {
    value: pert(0.48, 2, 15),
    money: true,
    provenance: sourced(
      'All-in cost to notify one person (letter, call centre, web page). Low: about 0.48 USD mailing cost per letter (Epiq); high: 15 USD all-in per customer (Ponemon 2007); most likely 2 USD is our assumption.',
      'epiqNotification',
      'ponemon2007Notification',
    ),
  },
  regulatorNotificationCost: {
    value: pert(16_000, 25_000, 127_000),
    money: true,
    provenance: sourced(
      'Breach counsel and regulator notices per incident that exposes records: NetDiligence legal guidance averages of 16K, 25K and 127K USD for revenue bands under 50M, 50-300M and 300M-2B.',
      'netDiligence2024',
    ),
  },
  monitoringUptake: {
    value: pert(0.03, 0.05, 0.1),
    money: false,
    provenance: sourced(
      'Share of people notified who take up free identity monitoring: under 3% (Texas Comptroller), about 6% (LexisNexis), under 10% (Experian); class-action claim rates median 9%, weighted mean 4% (FTC 2019).',
      'creditMonitoringUptake',
      'ftcClassActions2019',
    ),
  },
  monitoringCostPerPerson: {
    value: pert(0.5, 2, 6),
    money: true,
    provenance: sourced(
      'Cost per person enrolled: 0.25-2.00 USD per consumer-year (Mondaq 2017) over the one to two years usually offered; about 6 USD per enrollee derived from the Texas Comptroller breach.',
      'creditMonitoringPrice',
      'creditMonitoringUptake',
    ),
  },
  lawsuitProbability: {
    value: pert(0.04, 0.085, 0.2),
    money: false,
    provenance: sourced(
      'Chance an incident that exposes records brings a class action: about 4% of reported breaches (Romanosky et al. 2014), 8.5% of notified incidents in 2022 (BakerHostetler 2023); the high of 20% is our assumption for large or health breaches.',
      'romanosky2014',
      'bakerHostetler2023',
    ),
  },
  legalDefenceCost: {
    value: pert(50_000, 155_000, 747_000),
    money: true,
    provenance: sourced(
      'Defence cost when sued: 155K USD average (NetDiligence 2025), 747K USD for large companies (NetDiligence 2024); the low of 50K is our assumption.',
      'netDiligence2025',
      'netDiligence2024',
    ),
  },
  settlementPerPerson: {
    value: pert(1.45, 3, 4.57),
    money: true,
    provenance: sourced(
      'Settlement per class member: Anthem 1.45, Banner about 3.07, Scripps about 3, T-Mobile 4.57 USD. Settlements stay linear in class size: these figures span classes of 1M to 79M people.',
      'breachSettlements',
    ),
  },
  cardAssessmentPerCard: {
    value: pert(1, 5, 90),
    money: true,
    provenance: sourced(
      'Card-brand assessments and reissue costs per payment card exposed: the vendor figure of 50-90 USD per card (low confidence) sets the high; the low of 1 and most likely 5 USD are our assumption.',
      'pciAssessments',
    ),
  },
} as const satisfies Record<string, Default<DistributionSpec>>;

export type RegimeDefaults = Readonly<{
  fineProbability: Default<DistributionSpec>;
  fineIfImposed: Default<DistributionSpec>;
  provisionsViolated: Default<number>;
}>;

export const HIPAA_TIER_DEFAULT: Default<HipaaTier> = {
  value: 2,
  money: false,
  provenance: assumption('A breach after reasonable but failed safeguards: tier 2, reasonable cause.', 'hhsPenalties2026'),
};

export const HIPAA_CAP_BASIS_DEFAULT: Default<HipaaCapBasis> = {
  value: 'enforcementDiscretion',
  money: false,
  provenance: sourced(
    'OCR has applied lower yearly caps for tiers 1-3 since its 2019 notice of enforcement discretion; choose "statutory" for the cap in the statute.',
    'hipaaEnforcementDiscretion2026',
  ),
};

export const GDPR_TIER_DEFAULT: Default<GdprTier> = {
  value: 'lower',
  money: false,
  provenance: sourced(
    'Failures of security of processing and breach notification (Arts. 32-34) fall under the lower tier of Art. 83(4).',
    'gdprArticle83',
  ),
};

export const REGULATION_DEFAULTS: Readonly<Record<Exclude<Regime, 'none'>, RegimeDefaults>> = {
  hipaa: {
    fineProbability: {
      value: pert(0.01, 0.03, 0.1),
      money: false,
      provenance: assumption(
        'Chance that a reportable breach ends in an OCR penalty or settlement: OCR resolves a few dozen cases a year against about 720 large breaches reported.',
        'hhsBreachPortal2024',
      ),
    },
    fineIfImposed: {
      value: lognormal(50_000, 6_850_000),
      money: true,
      provenance: sourced(
        'OCR penalty or settlement when one is imposed, as a 90% interval: high from the Premera settlement (6.85M USD); the low of 50K is our assumption.',
        'ocrSettlements',
      ),
    },
    provisionsViolated: {
      value: 3,
      money: false,
      provenance: assumption('Number of HIPAA provisions found violated, each with its own yearly cap.', 'hhsPenalties2026'),
    },
  },
  gdpr: {
    fineProbability: {
      value: pert(0.01, 0.05, 0.15),
      money: false,
      provenance: assumption('Chance that a notified breach ends in a supervisory authority fine.'),
    },
    fineIfImposed: {
      value: lognormal(100_000, 10_000_000),
      money: true,
      provenance: assumption(
        'Fine when one is imposed, as a 90% interval, informed by the ICO fine of 3.08M GBP on Advanced Computer Software.',
        'ico2025Advanced',
      ),
    },
    provisionsViolated: { value: 1, money: false, provenance: sourced('GDPR caps apply per infringement.', 'gdprArticle83') },
  },
  ukGdpr: {
    fineProbability: {
      value: pert(0.01, 0.05, 0.15),
      money: false,
      provenance: assumption('Chance that a notified breach ends in an ICO fine.'),
    },
    fineIfImposed: {
      value: lognormal(100_000, 10_000_000),
      money: true,
      provenance: assumption(
        'Fine when one is imposed, as a 90% interval, informed by the ICO fine of 3.08M GBP on Advanced Computer Software.',
        'ico2025Advanced',
      ),
    },
    provisionsViolated: { value: 1, money: false, provenance: sourced('UK GDPR caps apply per infringement.', 'ukGdprPenalties') },
  },
};

export const CHURN_DEFAULT: Default<DistributionSpec> = {
  value: pert(0.028, 0.036, 0.065),
  money: false,
  provenance: sourced(
    'Abnormal customer churn after a breach: 2.8% (US, 2013), 3.6% overall and 6.5% in healthcare (2008), 3.9% (2019).',
    'ponemonChurn',
  ),
};

export const SCALING_DEFAULTS = {
  slope: {
    value: 0.7584,
    money: false,
    provenance: sourced(
      'Log-log slope of breach cost against records: ln(cost) = 7.68 + 0.7584 ln(records), fitted to 115 Ponemon US breaches.',
      'jacobs2014',
    ),
  },
  referenceRecords: {
    value: 10_000,
    money: false,
    provenance: assumption(
      'Breach size at which per-person unit costs apply unchanged: inside the 2.5K-115K range of the IBM/Ponemon sample behind the slope; the HHS 2024 median breach held about 4,100 records.',
      'jacobs2014',
      'hhsBreachPortal2024',
    ),
  },
} as const satisfies Record<string, Default<number>>;

export const TIMING_DEFAULTS: Readonly<Record<CategoryId, Default<TimingProfile>>> = {
  detection: { value: [0.6, 0.4, 0, 0], money: false, provenance: assumption('Investigation is paid in the first months.') },
  notification: { value: [0.5, 0.5, 0, 0], money: false, provenance: assumption('Notices go out within weeks to months.') },
  response: {
    value: [0.1, 0.4, 0.3, 0.2],
    money: false,
    provenance: assumption('Monitoring runs one to two years; lawsuits and fines settle over two to three years.'),
  },
  disruption: { value: [0.6, 0.4, 0, 0], money: false, provenance: assumption('Revenue is lost during the outage and ramp-up.') },
  recovery: { value: [0.4, 0.6, 0, 0], money: false, provenance: assumption('Ransom is paid at once; rebuilding takes months.') },
  lostBusiness: {
    value: [0.05, 0.45, 0.3, 0.2],
    money: false,
    provenance: assumption('Customers leave over the following years as contracts and relationships end.'),
  },
};
