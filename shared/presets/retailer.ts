/**
 * Retailer, United States: 250M USD revenue, a million customers, cards taken online and in
 * store. Card theft brings card-brand assessments; ransomware stops tills and the web shop.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const retailer: Preset = {
  id: 'retailer',
  label: 'Retailer (US)',
  summary: 'A US retailer with 250M USD revenue, a million customers and card payments online and in store.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Retailer (US)',
    description: 'A retailer with stores and a web shop. Skimming on the web shop exposes cards; ransomware stops sales.',
    currency: 'USD',
    organisation: {
      name: 'Example Retail Inc.',
      sector: 'retail',
      region: 'US',
      annualRevenue: 250_000_000,
      operatingDaysPerYear: 364,
      records: { health: 0, personal: 1_000_000, paymentCard: 400_000, credentials: 600_000, employee: 2_000, other: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.06, high: 0.2 },
        exposure: {
          personal: { dist: 'pert', low: 0, mode: 0.02, high: 0.3 },
          employee: { dist: 'pert', low: 0, mode: 0.3, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 2, high: 20 },
          operationsLost: { dist: 'pert', low: 0.1, mode: 0.3, high: 0.7 },
          rampUpDays: { dist: 'pert', low: 1, mode: 5, high: 14 },
          extraCostPerDay: { dist: 'pert', low: 5_000, mode: 15_000, high: 50_000 },
        },
        investigation: { dist: 'pert', low: 39_000, mode: 74_000, high: 238_000 },
        itRecovery: { dist: 'lognormal', low: 150_000, high: 3_000_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 7_900, high: 6_140_000 },
          paymentProbability: { dist: 'pert', low: 0.2, mode: 0.4, high: 0.57 },
        },
      },
      {
        name: 'Web shop card skimming',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.25 },
        exposure: {
          paymentCard: { dist: 'pert', low: 0.001, mode: 0.02, high: 0.3 },
          personal: { dist: 'pert', low: 0.001, mode: 0.02, high: 0.3 },
        },
        investigation: { dist: 'pert', low: 20_000, mode: 39_000, high: 100_000 },
        itRecovery: { dist: 'pert', low: 10_000, mode: 30_000, high: 100_000 },
      },
      {
        name: 'Breach at a service provider',
        kind: 'thirdPartyBreach',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.2 },
        exposure: { personal: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 } },
        investigation: { dist: 'pert', low: 10_000, mode: 30_000, high: 80_000 },
      },
    ],
    response: {
      cardAssessmentPerCard: { dist: 'pert', low: 1, mode: 5, high: 50 },
    },
    regulation: { regime: 'none' },
    lostBusiness: {
      customers: 1_000_000,
      abnormalChurn: { dist: 'pert', low: 0.015, mode: 0.03, high: 0.05 },
      lifetimeValue: { dist: 'pert', low: 20, mode: 60, high: 200 },
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'iris2025-100m-1b-median',
    high: 'ibm2026-retail',
    note: 'A typical incident for a 250M USD retailer sits between the public-record median for 100M-1B revenue (IRIS, which leaves out lost business) and IBM’s retail average (a mean, which includes it).',
  },
  provenance: {
    'organisation.operatingDaysPerYear': assumption('Open every day but one.'),
    'organisation.records.paymentCard': assumption('Cards stored for the web shop.'),
    'organisation.records.credentials': assumption('Web-shop logins.'),
    'organisation.records.employee': assumption('Staff, past and present.'),
    'threats[0].exposure.personal': assumption('Share of customer records taken when attackers exfiltrate.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken.'),
    'threats[0].disruption.outageDays': sourced('Lognormal 90% interval 2-20 days (mean about 8): below the 16-23-day averages Coveware measured across sectors.', 'coveware2019', 'coveware2021'),
    'threats[0].disruption.operationsLost': assumption('Share of sales lost while tills and the web shop are down.'),
    'threats[0].disruption.rampUpDays': assumption('Days back to full trading.'),
    'threats[0].disruption.extraCostPerDay': assumption('Overtime and manual workarounds a day.'),
    'threats[0].itRecovery': sourced('Lognormal 90% interval 0.15-3M USD (mean about 1M), below the 2.44M Sophos mean for 50-250M revenue, which includes downtime.', 'sophos2024'),
    'threats[1].exposure.paymentCard': assumption('Share of stored cards skimmed before the skimmer is found.'),
    'threats[1].exposure.personal': assumption('Share of customer records taken with them.'),
    'threats[1].investigation': sourced('Forensics for retail SMEs averaged 39K USD (NetDiligence 2024).', 'netDiligence2024'),
    'threats[1].itRecovery': assumption('Cleaning the web shop and its supply chain.'),
    'threats[2].frequency': assumption('A breach at a provider holding customer data: most likely 8% a year.'),
    'threats[2].exposure.personal': assumption('Share of customers whose data the provider held.'),
    'threats[2].investigation': assumption('The retailer’s own investigation when the provider leads the response.'),
    'lostBusiness.customers': assumption('About a million customers.'),
    'organisation.annualRevenue': assumption('A mid-sized retailer.'),
    'organisation.records.personal': assumption('About a million customers with accounts or loyalty cards.'),
    'threats[0].frequency': assumption('Disruptive ransomware: most likely 6% a year; Sophos found 45% of retailers surveyed were hit in 2024, most without a stoppage this long.', 'sophos2024'),
    'threats[0].investigation': sourced('Forensics: 39K USD for retail SMEs, 74K for 50-300M revenue, 238K for 300M-2B (NetDiligence 2024).', 'netDiligence2024'),
    'threats[0].ransom.demand': sourced('Lognormal fitted to Sophos 2024 demands for 50-250M revenue: median 220K, mean 1.70M USD.', 'sophos2024'),
    'threats[0].ransom.paymentProbability': sourced('57% of 50-250M revenue organisations paid in 2024 (Sophos); 23% of all victims in Q3 2025 (Coveware).', 'sophos2024', 'coveware2025'),
    'threats[1].frequency': assumption('Card skimming on the web shop: most likely 8% a year.'),
    'response.cardAssessmentPerCard': sourced(
      'Card-brand assessments and reissue costs per card exposed: the vendor figure of 50-90 USD (low confidence) as the high; most likely 5 USD is our assumption.',
      'pciAssessments',
    ),
    'lostBusiness.abnormalChurn': sourced('Abnormal churn after a breach: 2.8% (US, 2013) to 3.9% (2019).', 'ponemonChurn'),
    'lostBusiness.lifetimeValue': assumption('Margin on a customer over the years they shop.'),
  },
};
