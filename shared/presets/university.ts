/**
 * University, United Kingdom: about 11,300 students and 1,500 staff (the UK average per
 * provider), alumni records, and research systems. Ransomware stops teaching and research
 * systems for weeks; UK GDPR applies. Amounts in pounds.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const university: Preset = {
  id: 'university',
  label: 'University (UK)',
  summary: 'A UK university with 11,300 students, 1,500 staff, 100,000 alumni records and 200M GBP income.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'University (UK)',
    description:
      'A mid-sized UK university. Ransomware closes systems for weeks and exposes staff and student records; phishing exposes parts of the student and alumni databases.',
    currency: 'GBP',
    organisation: {
      name: 'Example University',
      sector: 'education',
      region: 'UK',
      annualRevenue: 200_000_000,
      operatingDaysPerYear: 300,
      records: { health: 2_000, personal: 110_000, paymentCard: 0, credentials: 15_000, employee: 1_500, other: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.05, high: 0.15 },
        exposure: {
          personal: { dist: 'pert', low: 0, mode: 0.1, high: 0.8 },
          employee: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
          health: { dist: 'pert', low: 0, mode: 0.1, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 3, high: 45 },
          operationsLost: { dist: 'pert', low: 0.02, mode: 0.08, high: 0.25 },
          rampUpDays: { dist: 'pert', low: 7, mode: 21, high: 60 },
          extraCostPerDay: { dist: 'pert', low: 5_000, mode: 15_000, high: 40_000 },
        },
        investigation: { dist: 'pert', low: 25_000, mode: 46_000, high: 190_000 },
        itRecovery: { dist: 'lognormal', low: 200_000, high: 3_000_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 20_000, high: 2_000_000 },
          paymentProbability: { dist: 'pert', low: 0, mode: 0.1, high: 0.3 },
        },
      },
      {
        name: 'Student and alumni data theft',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.05, mode: 0.12, high: 0.3 },
        exposure: {
          personal: { dist: 'pert', low: 0.001, mode: 0.02, high: 0.5 },
          credentials: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 },
        },
        investigation: { dist: 'pert', low: 15_000, mode: 40_000, high: 100_000 },
        itRecovery: { dist: 'pert', low: 5_000, mode: 20_000, high: 80_000 },
      },
    ],
    response: {
      notificationCostPerPerson: { dist: 'pert', low: 0.38, mode: 1.5, high: 12 },
      regulatorNotificationCost: { dist: 'pert', low: 8_000, mode: 14_000, high: 40_000 },
      monitoringUptake: { dist: 'pert', low: 0, mode: 0.02, high: 0.08 },
      monitoringCostPerPerson: { dist: 'pert', low: 0.4, mode: 1.6, high: 4.7 },
      lawsuitProbability: { dist: 'pert', low: 0, mode: 0.02, high: 0.08 },
      legalDefenceCost: { dist: 'pert', low: 20_000, mode: 60_000, high: 200_000 },
      settlementPerPerson: { dist: 'pert', low: 1.1, mode: 2.4, high: 3.6 },
      cardAssessmentPerCard: 0,
    },
    regulation: {
      regime: 'ukGdpr',
      gdprTier: 'lower',
      fineProbability: { dist: 'pert', low: 0.005, mode: 0.03, high: 0.1 },
      fineIfImposed: { dist: 'lognormal', low: 20_000, high: 3_000_000 },
    },
    lostBusiness: {
      customers: 11_300,
      abnormalChurn: { dist: 'pert', low: 0, mode: 0.002, high: 0.01 },
      lifetimeValue: { dist: 'pert', low: 10_000, mode: 25_000, high: 40_000 },
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'nd2024-education-sme',
    high: 'iris2025-100m-1b-median',
    note: 'A typical incident for a university with about 250M USD income sits between the average education SME claim (NetDiligence 2024) and the public-record median for 100M-1B revenue (IRIS), converted to pounds.',
  },
  provenance: {
    'organisation.records.health': assumption('Student health, disability and counselling records.'),
    'organisation.records.credentials': assumption('Student and staff logins.'),
    'threats[0].exposure.personal': assumption('Share of student and alumni records taken when attackers exfiltrate.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken; HR systems are a usual target.'),
    'threats[0].exposure.health': assumption('Share of student health records taken.'),
    'threats[0].disruption.outageDays': sourced('Lognormal 90% interval 3-45 days (mean about 16), matching the averages Coveware measured.', 'coveware2019', 'coveware2021'),
    'threats[0].disruption.rampUpDays': assumption('Weeks to restore every system.'),
    'threats[0].disruption.extraCostPerDay': assumption('Extra staff time and workarounds a day.'),
    'threats[0].itRecovery': assumption('Lognormal 90% interval 0.2-3M GBP for rebuilding a university network.'),
    'threats[0].ransom.demand': assumption('Lognormal 90% interval 20K-2M GBP.'),
    'threats[1].exposure.personal': assumption('Share of student and alumni records taken.'),
    'threats[1].exposure.credentials': assumption('Share of logins taken.'),
    'threats[1].investigation': assumption('Investigation for a data breach without encryption.'),
    'threats[1].itRecovery': assumption('Closing the hole and forcing credential resets.'),
    'response.monitoringUptake': assumption('Identity monitoring is sometimes offered after UK breaches.'),
    'response.monitoringCostPerPerson': sourced('The US default converted to pounds.', 'creditMonitoringPrice', 'creditMonitoringUptake'),
    'response.lawsuitProbability': assumption('Group claims after UK breaches are uncommon.'),
    'response.legalDefenceCost': assumption('Defending a group claim in the UK.'),
    'response.settlementPerPerson': sourced('US settlements per class member (1.45-4.57 USD) converted to pounds.', 'breachSettlements'),
    'regulation.fineProbability': assumption('The ICO fines public bodies rarely; reprimands are more common.'),
    'lostBusiness.customers': sourced('Students: about 11,300 per provider.', 'uukHigherEducation2023'),
    'organisation.records.personal': sourced(
      'UK higher education had 2,937,155 students at 260 providers in 2022-23: about 11,300 each; alumni records on top are our assumption.',
      'uukHigherEducation2023',
    ),
    'organisation.records.employee': sourced('398,170 staff at 260 providers: about 1,500 each.', 'uukHigherEducation2023'),
    'organisation.annualRevenue': assumption('Income of a mid-sized UK university.'),
    'organisation.operatingDaysPerYear': assumption('Teaching, research and services run on about 300 days.'),
    'threats[0].frequency': assumption('Disruptive ransomware: most likely 5% a year.'),
    'threats[0].disruption.operationsLost': assumption('Share of income-earning activity stopped while systems are down; teaching largely continues.'),
    'threats[0].ransom.paymentProbability': assumption('UK public bodies are discouraged from paying; Sophos found higher education paid 122% of the demand when it paid.', 'sophos2024'),
    'threats[0].investigation': sourced(
      'Forensics: the 59K USD education SME average (about 46K GBP) as most likely, up to the 238K USD (about 190K GBP) average for 300M-2B revenue (NetDiligence 2024).',
      'netDiligence2024',
    ),
    'threats[1].frequency': assumption('A breach of student or alumni data, often through phishing: most likely 12% a year.'),
    'response.notificationCostPerPerson': sourced('The US default converted to pounds at the assumed rate.', 'epiqNotification', 'ponemon2007Notification'),
    'response.regulatorNotificationCost': sourced('Legal guidance for education SMEs averaged 18K USD (NetDiligence 2024): about 14K GBP.', 'netDiligence2024'),
    'regulation.fineIfImposed': assumption('Lognormal 90% interval 20K-3M GBP, informed by the ICO fine of 3.08M GBP on Advanced.', 'ico2025Advanced'),
    'lostBusiness.abnormalChurn': assumption('Students rarely leave a course over a breach.'),
    'lostBusiness.lifetimeValue': assumption('Tuition and accommodation income over a student’s remaining years.'),
  },
};
