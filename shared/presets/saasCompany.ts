/**
 * SaaS company, United States: the median private SaaS business (8.5M USD recurring revenue,
 * about 280 business customers, 75 staff). Its customers' users are its records; an outage
 * stops the service for every customer at once; customers who leave take years of contract
 * value with them.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const saasCompany: Preset = {
  id: 'saas-company',
  label: 'SaaS company (US)',
  summary: 'A US software-as-a-service company with 8.5M USD recurring revenue, 280 business customers and their 200,000 users.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'SaaS company (US)',
    description:
      'A business software company. A breach exposes its customers’ users; an outage stops the service for everyone; lost customers cost years of contracts.',
    currency: 'USD',
    organisation: {
      name: 'Example SaaS Inc.',
      sector: 'technology',
      region: 'US',
      annualRevenue: 8_500_000,
      operatingDaysPerYear: 365,
      records: { health: 0, personal: 200_000, paymentCard: 0, credentials: 200_000, employee: 75, other: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.05, high: 0.15 },
        exposure: {
          personal: { dist: 'pert', low: 0, mode: 0.1, high: 1 },
          employee: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 0.5, high: 10 },
          operationsLost: { dist: 'pert', low: 0.3, mode: 0.8, high: 1 },
          rampUpDays: { dist: 'pert', low: 0, mode: 2, high: 7 },
          extraCostPerDay: { dist: 'pert', low: 2_000, mode: 5_000, high: 15_000 },
        },
        investigation: { dist: 'pert', low: 50_000, mode: 78_000, high: 200_000 },
        itRecovery: { dist: 'lognormal', low: 50_000, high: 800_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 30_000, high: 1_500_000 },
          paymentProbability: { dist: 'pert', low: 0.1, mode: 0.25, high: 0.4 },
        },
      },
      {
        name: 'Customer data theft',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.03, mode: 0.1, high: 0.3 },
        exposure: {
          personal: { dist: 'pert', low: 0.001, mode: 0.03, high: 0.6 },
          credentials: { dist: 'pert', low: 0, mode: 0.03, high: 0.6 },
        },
        investigation: { dist: 'pert', low: 30_000, mode: 78_000, high: 150_000 },
        itRecovery: { dist: 'pert', low: 10_000, mode: 40_000, high: 150_000 },
      },
    ],
    response: {
      regulatorNotificationCost: { dist: 'pert', low: 10_000, mode: 42_000, high: 80_000 },
    },
    regulation: { regime: 'none' },
    lostBusiness: {
      customers: 280,
      abnormalChurn: { dist: 'pert', low: 0.01, mode: 0.03, high: 0.08 },
      lifetimeValue: { dist: 'pert', low: 30_000, mode: 80_000, high: 200_000 },
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'nd2026-under50m',
    high: 'nd2026-technology-sme',
    note: 'A typical incident for an 8.5M USD software company sits between the average claim for organisations under 50M revenue and the average technology SME claim (NetDiligence).',
  },
  provenance: {
    'organisation.operatingDaysPerYear': assumption('The service runs every day.'),
    'organisation.records.credentials': assumption('User logins.'),
    'organisation.records.employee': sourced('About 75 staff at the median private SaaS company.', 'kbcmSaas2021'),
    'threats[0].exposure.personal': assumption('Share of user records taken when attackers exfiltrate.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken.'),
    'threats[0].disruption.outageDays': assumption('Lognormal 90% interval 0.5-10 days: cloud services restore faster than on-premises networks.'),
    'threats[0].disruption.operationsLost': assumption('Share of the service down: most customers are affected at once.'),
    'threats[0].disruption.rampUpDays': assumption('Days back to full service.'),
    'threats[0].disruption.extraCostPerDay': assumption('Staff overtime and customer credits a day.'),
    'threats[0].itRecovery': assumption('Lognormal 90% interval 50K-800K USD for rebuilding cloud infrastructure.'),
    'threats[1].exposure.personal': assumption('Share of user records taken.'),
    'threats[1].exposure.credentials': assumption('Share of user logins taken.'),
    'threats[1].investigation': sourced('Forensics for technology SMEs averaged 78K USD (NetDiligence 2024).', 'netDiligence2024'),
    'threats[1].itRecovery': assumption('Closing the hole and forcing credential resets.'),
    'organisation.annualRevenue': sourced('Median annual recurring revenue of private SaaS companies: 8.5M USD.', 'kbcmSaas2021'),
    'lostBusiness.customers': sourced('About 280 customers at about 28K USD contract value.', 'kbcmSaas2021'),
    'lostBusiness.lifetimeValue': assumption('Margin on about 28K USD a year of contract over the years a customer stays (KBCM: 8% a year ordinary churn).', 'kbcmSaas2021'),
    'lostBusiness.abnormalChurn': assumption('Extra business customers lost after a breach, on top of the 8% a year they lose anyway.', 'ponemonChurn'),
    'organisation.records.personal': assumption('Users of the customers’ accounts.'),
    'threats[0].frequency': assumption('Disruptive ransomware: most likely once in 20 years.'),
    'threats[0].investigation': sourced('Forensics for technology SMEs averaged 78K USD (NetDiligence 2024).', 'netDiligence2024'),
    'threats[0].ransom.demand': assumption('Lognormal 90% interval 30K-1.5M USD; technology companies paid a median of 300K in 2024 (Sophos).', 'sophos2024'),
    'threats[0].ransom.paymentProbability': sourced('25% of organisations under 10M revenue paid in 2024.', 'sophos2024'),
    'threats[1].frequency': assumption('A breach of customer data: most likely once in ten years.'),
    'response.regulatorNotificationCost': sourced('Legal guidance for technology SMEs averaged 42K USD (NetDiligence 2024).', 'netDiligence2024'),
  },
};
