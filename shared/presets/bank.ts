/**
 * Regional bank, United States: 500M USD revenue and about 500,000 customers. Customer data
 * and payment cards drive notification, lawsuits and churn; an outage of online banking stops
 * part of the business for days.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const bank: Preset = {
  id: 'bank',
  label: 'Regional bank (US)',
  summary: 'A US regional bank with 500M USD revenue, 500,000 customers and their cards and logins.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Regional bank (US)',
    description:
      'A regional bank whose customers bank online. A breach of customer data brings notification, monitoring, lawsuits and customers who leave; ransomware takes online banking down for days.',
    currency: 'USD',
    organisation: {
      name: 'Example Regional Bank',
      sector: 'finance',
      region: 'US',
      annualRevenue: 500_000_000,
      operatingDaysPerYear: 365,
      records: { health: 0, personal: 500_000, paymentCard: 300_000, credentials: 400_000, employee: 1_500, other: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.05, high: 0.15 },
        exposure: {
          personal: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 },
          employee: { dist: 'pert', low: 0, mode: 0.3, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 1, high: 12 },
          operationsLost: { dist: 'pert', low: 0.05, mode: 0.2, high: 0.5 },
          rampUpDays: { dist: 'pert', low: 1, mode: 4, high: 14 },
          extraCostPerDay: { dist: 'pert', low: 20_000, mode: 60_000, high: 200_000 },
        },
        investigation: { dist: 'pert', low: 100_000, mode: 238_000, high: 550_000 },
        itRecovery: { dist: 'lognormal', low: 300_000, high: 5_000_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 207_000, high: 19_300_000 },
          paymentProbability: { dist: 'pert', low: 0.2, mode: 0.4, high: 0.59 },
        },
      },
      {
        name: 'Customer data theft',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.2 },
        exposure: {
          personal: { dist: 'pert', low: 0.001, mode: 0.02, high: 0.5 },
          paymentCard: { dist: 'pert', low: 0, mode: 0.02, high: 0.5 },
          credentials: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 },
        },
        investigation: { dist: 'pert', low: 59_000, mode: 150_000, high: 400_000 },
        itRecovery: { dist: 'pert', low: 20_000, mode: 80_000, high: 300_000 },
      },
      {
        name: 'Breach at a service provider',
        kind: 'thirdPartyBreach',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.2 },
        exposure: { personal: { dist: 'pert', low: 0, mode: 0.1, high: 0.6 } },
        investigation: { dist: 'pert', low: 20_000, mode: 60_000, high: 150_000 },
      },
    ],
    response: {
      cardAssessmentPerCard: { dist: 'pert', low: 2, mode: 5, high: 10 },
    },
    regulation: { regime: 'none' },
    lostBusiness: {
      customers: 500_000,
      abnormalChurn: { dist: 'pert', low: 0.01, mode: 0.03, high: 0.055 },
      lifetimeValue: { dist: 'pert', low: 200, mode: 600, high: 1_500 },
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'iris2025-100m-1b-median',
    high: 'ibm2026-finance',
    note: 'A typical incident for a 500M USD bank sits between the public-record median for its revenue band (IRIS, which leaves out lost business) and IBM’s financial-sector average (a mean, which includes it).',
  },
  provenance: {
    'organisation.operatingDaysPerYear': assumption('Online banking runs every day.'),
    'organisation.records.credentials': assumption('Online-banking logins.'),
    'organisation.records.employee': assumption('Staff, past and present.'),
    'threats[0].exposure.personal': assumption('Share of customer records taken when attackers exfiltrate.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken.'),
    'threats[0].disruption.operationsLost': assumption('Share of the day’s business lost while online banking is down; branches keep working.'),
    'threats[0].disruption.rampUpDays': assumption('Days back to full service.'),
    'threats[0].disruption.extraCostPerDay': assumption('Overtime, call-centre surge and manual processing a day.'),
    'threats[0].itRecovery': sourced('Lognormal 90% interval 0.3-5M USD (mean about 1.8M), below the 2.58M Sophos mean for 500M-1B revenue, which includes downtime.', 'sophos2024'),
    'threats[1].exposure.personal': assumption('Share of customer records taken.'),
    'threats[1].exposure.paymentCard': assumption('Share of card numbers taken.'),
    'threats[1].exposure.credentials': assumption('Share of logins taken.'),
    'threats[1].itRecovery': assumption('Closing the hole and forcing credential resets.'),
    'threats[2].frequency': assumption('A breach at a provider holding customer data: most likely 8% a year.'),
    'threats[2].exposure.personal': assumption('Share of customers whose data the provider held.'),
    'threats[2].investigation': assumption('The bank’s own investigation when the provider leads the response.'),
    'lostBusiness.customers': assumption('About 500,000 customers.'),
    'organisation.annualRevenue': assumption('A regional bank among the 4,487 FDIC-insured institutions.', 'fdicBanks2024'),
    'organisation.records.personal': assumption('About 500,000 customers.'),
    'organisation.records.paymentCard': assumption('Debit and credit cards issued.'),
    'threats[0].frequency': assumption('Disruptive ransomware: most likely once in 20 years.'),
    'threats[0].disruption.outageDays': assumption('Lognormal 90% interval 1-12 days: banks keep tested recovery plans.'),
    'threats[0].investigation': sourced('Forensics: 238K USD average for 300M-2B revenue (NetDiligence); 550K for the largest intrusions (BakerHostetler).', 'netDiligence2024', 'bakerHostetlerForensics'),
    'threats[0].ransom.demand': sourced('Lognormal fitted to Sophos 2024 demands for 500M-1B revenue: median 2.0M, mean 5.18M USD.', 'sophos2024'),
    'threats[0].ransom.paymentProbability': sourced('59% of 500M-1B revenue organisations paid in 2024 (Sophos); 23% of all victims in Q3 2025 (Coveware).', 'sophos2024', 'coveware2025'),
    'threats[1].frequency': assumption('A breach of customer data a year: most likely 8%.', 'iris2025'),
    'threats[1].investigation': sourced('Forensics for financial SMEs averaged 59K USD (NetDiligence 2024).', 'netDiligence2024'),
    'regulation.regime': assumption('US banking regulators fine rarely for breaches alone; no fine regime is modelled.'),
    'lostBusiness.abnormalChurn': sourced(
      'Abnormal churn among customers whose data was exposed: financial services 5.5% (Ponemon 2008) as the high; most likely 3%, between the 2.8% (2013) and 3.9% (2019) averages.',
      'ponemonChurn',
    ),
    'response.cardAssessmentPerCard': assumption(
      'A bank issues its cards, so it pays to reissue them rather than card-brand assessments (which fall on merchants).',
    ),
    'lostBusiness.lifetimeValue': assumption('Margin on a customer relationship; revenue is about 1,000 USD a customer a year.'),
  },
};
