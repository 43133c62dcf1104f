/**
 * Community health centre (FQHC), United States: about 24,000 patients and 36M USD revenue.
 * A small organisation, anchored on claims data (NetDiligence) and ransomware surveys for its
 * revenue band.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const communityClinic: Preset = {
  id: 'community-clinic',
  label: 'Community clinic (US)',
  summary: 'A US community health centre with about 24,000 patients, 36M USD revenue and a HIPAA exposure.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Community clinic (US)',
    description:
      'A federally qualified health centre serving about 24,000 patients a year. Phishing that opens a mailbox of patient records is the most likely incident; ransomware is the one that closes the clinic.',
    currency: 'USD',
    organisation: {
      name: 'Example Community Health Center',
      sector: 'healthcare',
      region: 'US',
      annualRevenue: 36_000_000,
      operatingDaysPerYear: 260,
      records: { health: 60_000, personal: 0, paymentCard: 2_000, credentials: 300, employee: 150, other: 0 },
      healthcare: { appointmentsPerDay: 370, marginPerAppointment: 60, proceduresPerDay: 0, marginPerProcedure: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.05, high: 0.15 },
        exposure: {
          health: { dist: 'pert', low: 0, mode: 0.2, high: 1 },
          employee: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
          credentials: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 2, high: 30 },
          operationsLost: { dist: 'pert', low: 0.1, mode: 0.4, high: 0.8 },
          rampUpDays: { dist: 'pert', low: 2, mode: 7, high: 21 },
          extraCostPerDay: { dist: 'pert', low: 2_000, mode: 5_000, high: 15_000 },
        },
        investigation: { dist: 'pert', low: 37_000, mode: 66_000, high: 150_000 },
        itRecovery: { dist: 'lognormal', low: 100_000, high: 1_500_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 16_200, high: 6_720_000 },
          paymentProbability: { dist: 'pert', low: 0.2, mode: 0.35, high: 0.49 },
        },
      },
      {
        name: 'Mailbox compromise',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.03, mode: 0.1, high: 0.25 },
        exposure: { health: { dist: 'pert', low: 0.001, mode: 0.02, high: 0.3 } },
        investigation: { dist: 'pert', low: 20_000, mode: 40_000, high: 100_000 },
      },
      {
        name: 'Lost or stolen laptop',
        kind: 'lostDevice',
        frequency: { dist: 'pert', low: 0.02, mode: 0.06, high: 0.2 },
        exposure: { health: { dist: 'pert', low: 0, mode: 0.01, high: 0.05 } },
        investigation: { dist: 'pert', low: 5_000, mode: 12_000, high: 30_000 },
      },
    ],
    response: {
      regulatorNotificationCost: { dist: 'pert', low: 5_000, mode: 16_000, high: 40_000 },
      legalDefenceCost: { dist: 'pert', low: 30_000, mode: 80_000, high: 155_000 },
    },
    regulation: { regime: 'hipaa' },
    lostBusiness: {
      customers: 24_000,
      abnormalChurn: { dist: 'pert', low: 0.005, mode: 0.02, high: 0.065 },
      lifetimeValue: { dist: 'pert', low: 100, mode: 300, high: 800 },
    },
    insurance: {
      retention: 50_000,
      waitingPeriodHours: 12,
      excluded: ['lostBusiness'],
      layers: [{ name: 'Cyber policy', attachment: 0, limit: 2_000_000, premium: 40_000 }],
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'nd2024-crisis-under50m',
    high: 'iris2025-under100m-median',
    note: 'A typical incident for a 36M USD clinic sits between the average crisis-services claim for organisations under 50M (NetDiligence) and the public-record median for organisations under 100M (IRIS).',
  },
  provenance: {
    'organisation.operatingDaysPerYear': assumption('Open on weekdays: about 260 days.'),
    'organisation.records.paymentCard': assumption('Cards on file for patient payments.'),
    'organisation.records.credentials': assumption('Staff and patient-portal logins.'),
    'organisation.records.employee': assumption('Staff, past and present.'),
    'threats[0].exposure.health': assumption('Share of patient records taken when attackers exfiltrate.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken.'),
    'threats[0].exposure.credentials': assumption('Share of logins taken.'),
    'threats[0].disruption.operationsLost': assumption('Share of visits that cannot go ahead while systems are down.'),
    'threats[0].disruption.rampUpDays': assumption('Days to catch up after systems return.'),
    'threats[0].disruption.extraCostPerDay': assumption('Overtime and paper workarounds a day.'),
    'threats[1].exposure.health': assumption('Share of patient records in one compromised mailbox.'),
    'threats[1].investigation': sourced('Forensics for healthcare SMEs averaged 66K USD; smaller for one mailbox (NetDiligence 2024).', 'netDiligence2024'),
    'threats[2].exposure.health': assumption('Share of patient records on one device.'),
    'threats[2].investigation': assumption('Investigation and counsel for a lost device.'),
    'organisation.annualRevenue': sourced('Health centres earned 46.7B USD across more than 1,300 centres in 2023: about 36M each.', 'kffHealthCentres2023'),
    'lostBusiness.customers': sourced('More than 31M patients across more than 1,300 centres: about 24,000 each.', 'kffHealthCentres2023'),
    'organisation.records.health': assumption('Records of current and past patients.'),
    'organisation.healthcare.appointmentsPerDay': assumption('About four visits a year per patient over 260 working days.'),
    'organisation.healthcare.marginPerAppointment': assumption('Contribution of one visit.'),
    'threats[0].frequency': assumption('Disruptive ransomware: most likely once in 20 years.'),
    'threats[0].disruption.outageDays': assumption('Lognormal 90% interval 2-30 days.', 'coveware2019', 'coveware2021'),
    'threats[0].investigation': sourced(
      'Forensics: 37K USD for organisations under 50M revenue; 66K for healthcare SMEs (NetDiligence 2024).',
      'netDiligence2024',
    ),
    'threats[0].itRecovery': sourced(
      'Lognormal 90% interval 100K-1.5M USD (mean about 540K), below Sophos’s 1.53M mean recovery cost for 10-50M revenue, which includes downtime.',
      'sophos2024',
    ),
    'threats[0].ransom.demand': sourced(
      'Lognormal fitted to Sophos 2024 demands for organisations with 10-50M USD revenue: median 330K, mean 1.77M.',
      'sophos2024',
    ),
    'threats[0].ransom.paymentProbability': sourced(
      '49% of 10-50M revenue organisations paid in 2024 (Sophos); 23% of all victims in Q3 2025 (Coveware).',
      'sophos2024',
      'coveware2025',
    ),
    'threats[1].frequency': assumption('A phishing attack that opens a mailbox holding patient records.'),
    'threats[2].frequency': assumption('A reportable loss of an unencrypted device.'),
    'response.regulatorNotificationCost': sourced('Legal guidance averaged 16K USD for organisations under 50M revenue.', 'netDiligence2024'),
    'response.legalDefenceCost': assumption('Defence for a small organisation, below the 155K USD average across all claims.', 'netDiligence2025'),
    'lostBusiness.abnormalChurn': sourced('Healthcare abnormal churn of 6.5% (Ponemon 2008) as the high.', 'ponemonChurn'),
    'lostBusiness.lifetimeValue': assumption('Contribution of a patient over the years they stay.'),
    'insurance.excluded': assumption(
      'Cyber policies pay incident response, business interruption and liability; patients lost afterwards (reputational harm) are usually outside the policy or an optional extra, so they are excluded here.',
    ),
    'insurance.retention': sourced('Mid-sized clinics carry retentions of 25-100K USD; we take 50K.', 'accountableHqCyberCost'),
    'insurance.waitingPeriodHours': sourced(
      'Business interruption cover starts after a waiting period: 12 hours in many policies, up to 24 in some (Keefer); typically 8 hours (CFC).',
      'keeferWaitingPeriods2017',
      'cfcBusinessInterrupted2018',
    ),
    'insurance.layers[0].limit': sourced('Mid-sized clinics buy 1-3M USD of limits; we take 2M.', 'accountableHqCyberCost'),
    'insurance.layers[0].premium': sourced('About 15-75K USD a year buys 1-3M of limits for a mid-sized clinic; we take 40K for 2M.', 'accountableHqCyberCost'),
  },
};
