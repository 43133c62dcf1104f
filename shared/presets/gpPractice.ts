/**
 * GP practice, England: about 10,000 registered patients, funded per patient by the NHS.
 * A small organisation, so it is anchored on claims and public-record data rather than IBM's
 * survey averages. Amounts in pounds; US unit costs are converted at the assumed rate in
 * benchmarks/exchangeRates.ts.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const gpPractice: Preset = {
  id: 'gp-practice',
  label: 'GP practice (UK)',
  summary: 'An English general practice with 10,000 registered patients, about 1.6M GBP of NHS income and UK GDPR exposure.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'GP practice (UK)',
    description:
      'A general practice in England. Its clinical system is hosted, so ransomware on local machines stops appointments for days rather than weeks; a lost laptop or a curious member of staff exposes patient records.',
    currency: 'GBP',
    organisation: {
      name: 'Example Medical Practice',
      sector: 'healthcare',
      region: 'UK',
      annualRevenue: 1_640_000,
      operatingDaysPerYear: 250,
      records: { health: 10_000, personal: 0, paymentCard: 0, credentials: 40, employee: 30, other: 0 },
      healthcare: { appointmentsPerDay: 236, marginPerAppointment: 39, proceduresPerDay: 0, marginPerProcedure: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.01, mode: 0.03, high: 0.1 },
        exposure: {
          health: { dist: 'pert', low: 0, mode: 0.05, high: 1 },
          employee: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
          credentials: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 1, high: 14 },
          operationsLost: { dist: 'pert', low: 0.1, mode: 0.4, high: 0.8 },
          rampUpDays: { dist: 'pert', low: 1, mode: 3, high: 10 },
          extraCostPerDay: { dist: 'pert', low: 200, mode: 600, high: 2_000 },
        },
        investigation: { dist: 'pert', low: 8_000, mode: 20_000, high: 45_000 },
        itRecovery: { dist: 'pert', low: 5_000, mode: 20_000, high: 80_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 5_000, high: 200_000 },
          paymentProbability: { dist: 'pert', low: 0.05, mode: 0.2, high: 0.3 },
        },
      },
      {
        name: 'Snooping or leak by staff',
        kind: 'insider',
        frequency: { dist: 'pert', low: 0.02, mode: 0.08, high: 0.25 },
        exposure: { health: { dist: 'pert', low: 0, mode: 0.001, high: 0.02 } },
        investigation: { dist: 'pert', low: 1_000, mode: 4_000, high: 12_000 },
      },
      {
        name: 'Lost or stolen laptop',
        kind: 'lostDevice',
        frequency: { dist: 'pert', low: 0.01, mode: 0.05, high: 0.15 },
        exposure: { health: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 } },
        investigation: { dist: 'pert', low: 1_000, mode: 4_000, high: 12_000 },
      },
    ],
    response: {
      notificationCostPerPerson: { dist: 'pert', low: 0.38, mode: 1.5, high: 12 },
      regulatorNotificationCost: { dist: 'pert', low: 3_000, mode: 8_000, high: 20_000 },
      monitoringUptake: { dist: 'pert', low: 0, mode: 0.01, high: 0.05 },
      monitoringCostPerPerson: { dist: 'pert', low: 0.4, mode: 1.6, high: 4.7 },
      lawsuitProbability: { dist: 'pert', low: 0, mode: 0.01, high: 0.05 },
      legalDefenceCost: { dist: 'pert', low: 10_000, mode: 30_000, high: 100_000 },
      settlementPerPerson: { dist: 'pert', low: 1.1, mode: 2.4, high: 3.6 },
      cardAssessmentPerCard: 0,
    },
    regulation: {
      regime: 'ukGdpr',
      gdprTier: 'lower',
      fineProbability: { dist: 'pert', low: 0.005, mode: 0.02, high: 0.08 },
      fineIfImposed: { dist: 'lognormal', low: 5_000, high: 400_000 },
    },
    lostBusiness: {
      customers: 10_000,
      abnormalChurn: { dist: 'pert', low: 0, mode: 0.005, high: 0.03 },
      lifetimeValue: { dist: 'pert', low: 330, mode: 800, high: 1_600 },
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'csbs2025-disruptive',
    high: 'nd2026-under50m',
    note: 'A typical incident at a small practice sits between what UK businesses report their most disruptive breach cost (Cyber Security Breaches Survey) and the average claim for organisations under 50M USD revenue (NetDiligence).',
  },
  provenance: {
    'organisation.records.credentials': assumption('Staff logins, including locums.'),
    'threats[0].exposure.health': assumption('Share of patient records on local machines and exports taken; the main record is hosted.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken.'),
    'threats[0].exposure.credentials': assumption('Share of staff logins taken.'),
    'threats[0].disruption.rampUpDays': assumption('Days to clear the backlog of appointments.'),
    'threats[0].disruption.extraCostPerDay': assumption('Locum and overtime cost a day while working around the outage.'),
    'threats[0].itRecovery': assumption('Rebuilding the practice’s own machines and network.'),
    'threats[1].exposure.health': assumption('Records looked at or shared in one case: up to a few hundred patients.'),
    'threats[1].investigation': assumption('Internal investigation and advice for a staff case.'),
    'threats[2].exposure.health': assumption('Share of patient records on one device.'),
    'threats[2].investigation': assumption('Investigation and advice for a lost device.'),
    'response.monitoringUptake': assumption('Identity monitoring is rarely offered for UK health breaches.'),
    'response.monitoringCostPerPerson': sourced('The US default (0.5-6 USD per enrolee) converted to pounds.', 'creditMonitoringPrice', 'creditMonitoringUptake'),
    'response.legalDefenceCost': assumption('Defending a small claim in the UK.'),
    'regulation.fineProbability': assumption('The ICO fines small health bodies rarely; reprimands are more common.'),
    'lostBusiness.customers': sourced('Registered patients.', 'nhsDigitalGp2024'),
    'organisation.records.health': sourced('England’s 6,277 practices average over 10,000 registered patients each.', 'nhsDigitalGp2024'),
    'organisation.annualRevenue': sourced('10,000 patients x 163.65 GBP NHS payment per registered patient (2021/22).', 'pulseGpFunding2022'),
    'organisation.operatingDaysPerYear': assumption('Open on weekdays: about 250 days a year.'),
    'organisation.healthcare.appointmentsPerDay': sourced(
      '370.1M appointments a year over 6,277 practices is about 59,000 a practice, or 236 per working day.',
      'nhsDigitalGp2024',
    ),
    'organisation.healthcare.marginPerAppointment': sourced(
      'A cancelled consultation valued at its unit cost, 33-45 GBP (PSSRU), as the UK health department valued lost care after WannaCry.',
      'pssruConsultation',
      'dhsc2018',
    ),
    'organisation.records.employee': assumption('Partners and staff, past and present.'),
    'threats[0].frequency': assumption('Ransomware on the practice’s own machines: most likely once in 33 years.'),
    'threats[0].disruption.outageDays': assumption('Lognormal 90% interval 1-14 days: the clinical record is hosted centrally, so local recovery is faster than a hospital’s.'),
    'threats[0].disruption.operationsLost': assumption('Share of appointments that cannot go ahead while machines are down.'),
    'threats[0].investigation': sourced(
      'Forensics for organisations under 50M USD revenue averaged 37K USD (about 29K GBP) in NetDiligence claims.',
      'netDiligence2024',
    ),
    'threats[0].ransom.demand': assumption('Lognormal 90% interval 5K-200K GBP for a very small organisation.'),
    'threats[0].ransom.paymentProbability': sourced(
      'Organisations under 10M USD revenue paid in 25% of cases (Sophos 2024); public bodies are discouraged from paying.',
      'sophos2024',
    ),
    'threats[1].frequency': assumption('A reportable case of staff looking at or sharing records they should not.'),
    'threats[2].frequency': assumption('A reportable loss of an unencrypted device.'),
    'response.notificationCostPerPerson': sourced(
      'The US default (0.48-15 USD per person notified) converted to pounds at the assumed rate.',
      'epiqNotification',
      'ponemon2007Notification',
    ),
    'response.regulatorNotificationCost': sourced(
      'Breach counsel: NetDiligence legal guidance averaged 16K USD (about 12.6K GBP) for organisations under 50M revenue.',
      'netDiligence2024',
    ),
    'response.lawsuitProbability': assumption('Group claims against small UK practices are rare.'),
    'response.settlementPerPerson': sourced('US settlements per class member (1.45-4.57 USD) converted to pounds.', 'breachSettlements'),
    'regulation.fineIfImposed': assumption(
      'Lognormal 90% interval 5K-400K GBP: the ICO fined Advanced 3.08M GBP for 79,404 people (about 39 GBP a person), which would be about 390K GBP for 10,000 patients.',
      'ico2025Advanced',
    ),
    'lostBusiness.abnormalChurn': assumption('Patients rarely change practice after a breach; Ponemon’s 6.5% for healthcare is an outer bound.', 'ponemonChurn'),
    'lostBusiness.lifetimeValue': sourced('163.65 GBP a year per registered patient for two to ten years.', 'pulseGpFunding2022'),
  },
};
