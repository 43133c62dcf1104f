/**
 * Local council, England: about 200,000 residents. A council's tax income does not stop when
 * its systems do, so "revenue" here is the income from fees and charges that does; most of its
 * loss is the extra cost of working by hand for weeks and of rebuilding IT, as Redcar and
 * Cleveland found in 2020. Residents cannot take their custom elsewhere. Amounts in pounds.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const localCouncil: Preset = {
  id: 'local-council',
  label: 'Local council (UK)',
  summary: 'An English council serving 200,000 residents, with social-care records, 50M GBP of fee income and UK GDPR exposure.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Local council (UK)',
    description:
      'A unitary council. Ransomware stops services for weeks and is paid for in manual working and IT rebuild; data theft exposes residents’ and social-care records.',
    currency: 'GBP',
    organisation: {
      name: 'Example Borough Council',
      sector: 'public',
      region: 'UK',
      annualRevenue: 50_000_000,
      operatingDaysPerYear: 250,
      records: { health: 10_000, personal: 200_000, paymentCard: 0, credentials: 6_000, employee: 5_000, other: 0 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.06, high: 0.2 },
        exposure: {
          personal: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 },
          health: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 },
          employee: { dist: 'pert', low: 0, mode: 0.5, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 5, high: 90 },
          operationsLost: { dist: 'pert', low: 0.1, mode: 0.3, high: 0.6 },
          rampUpDays: { dist: 'pert', low: 14, mode: 30, high: 90 },
          extraCostPerDay: { dist: 'pert', low: 5_000, mode: 15_000, high: 40_000 },
        },
        investigation: { dist: 'pert', low: 20_000, mode: 38_000, high: 150_000 },
        itRecovery: { dist: 'lognormal', low: 400_000, high: 4_000_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 50_000, high: 5_000_000 },
          paymentProbability: { dist: 'pert', low: 0, mode: 0.02, high: 0.1 },
        },
      },
      {
        name: 'Resident data theft',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.25 },
        exposure: {
          personal: { dist: 'pert', low: 0.001, mode: 0.02, high: 0.3 },
          health: { dist: 'pert', low: 0, mode: 0.02, high: 0.3 },
        },
        investigation: { dist: 'pert', low: 10_000, mode: 38_000, high: 100_000 },
        itRecovery: { dist: 'pert', low: 5_000, mode: 20_000, high: 60_000 },
      },
      {
        name: 'Lost or stolen laptop',
        kind: 'lostDevice',
        frequency: { dist: 'pert', low: 0.01, mode: 0.04, high: 0.15 },
        exposure: { personal: { dist: 'pert', low: 0, mode: 0.002, high: 0.02 }, health: { dist: 'pert', low: 0, mode: 0.01, high: 0.05 } },
        investigation: { dist: 'pert', low: 2_000, mode: 8_000, high: 25_000 },
      },
    ],
    response: {
      notificationCostPerPerson: { dist: 'pert', low: 0.38, mode: 1.5, high: 12 },
      regulatorNotificationCost: { dist: 'pert', low: 8_000, mode: 15_000, high: 40_000 },
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
      fineIfImposed: { dist: 'lognormal', low: 20_000, high: 2_000_000 },
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'nd2024-public-sme',
    high: 'iris2025-100m-1b-median',
    note: 'A typical incident for a council sits between the average public-entity SME claim (NetDiligence 2024) and the public-record median for 100M-1B revenue (IRIS), converted to pounds.',
  },
  provenance: {
    'organisation.operatingDaysPerYear': assumption('Council offices work about 250 days a year.'),
    'organisation.records.credentials': assumption('Staff and resident-portal logins.'),
    'organisation.records.employee': assumption('Staff, past and present.'),
    'threats[0].exposure.personal': assumption('Share of resident records taken when attackers exfiltrate.'),
    'threats[0].exposure.health': assumption('Share of social-care records taken.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken.'),
    'threats[0].disruption.operationsLost': assumption('Share of fee-earning services stopped.'),
    'threats[0].disruption.rampUpDays': assumption('Weeks to restore every service.'),
    'threats[0].ransom.demand': assumption('Lognormal 90% interval 50K-5M GBP.'),
    'threats[1].exposure.personal': assumption('Share of resident records taken.'),
    'threats[1].exposure.health': assumption('Share of social-care records taken.'),
    'threats[1].investigation': sourced('Forensics for public-entity SMEs averaged 48K USD (about 38K GBP) (NetDiligence 2024).', 'netDiligence2024'),
    'threats[1].itRecovery': assumption('Closing the hole and forcing credential resets.'),
    'threats[2].exposure.personal': assumption('Share of resident records on one device.'),
    'threats[2].exposure.health': assumption('Share of social-care records on one device.'),
    'threats[2].investigation': assumption('Investigation and advice for a lost device.'),
    'response.monitoringUptake': assumption('Identity monitoring is sometimes offered after UK breaches.'),
    'response.monitoringCostPerPerson': sourced('The US default converted to pounds.', 'creditMonitoringPrice', 'creditMonitoringUptake'),
    'response.lawsuitProbability': assumption('Group claims after UK breaches are uncommon.'),
    'response.legalDefenceCost': assumption('Defending a group claim in the UK.'),
    'response.settlementPerPerson': sourced('US settlements per class member (1.45-4.57 USD) converted to pounds.', 'breachSettlements'),
    'regulation.fineProbability': assumption('The ICO fines public bodies rarely; reprimands are more common.'),
    'organisation.annualRevenue': assumption(
      'Fee, charge and trading income that stops when systems stop; council tax and grants continue. English councils spent 134.2bn GBP net in 2024-25.',
      'govUkLocalAuthority2025',
    ),
    'organisation.records.personal': assumption('About 200,000 residents.'),
    'organisation.records.health': assumption('Adult and children’s social-care records.'),
    'threats[0].frequency': assumption('Disruptive ransomware: most likely 6% a year; Sophos found 34% of state and local government bodies surveyed were hit in 2024, most without a long stoppage.', 'sophos2024'),
    'threats[0].disruption.outageDays': sourced(
      'Lognormal 90% interval 5-90 days: Redcar and Cleveland worked without most systems for months in 2020.',
      'redcarCouncil2020',
    ),
    'threats[0].disruption.extraCostPerDay': sourced(
      'Manual working across departments: Redcar and Cleveland’s departments spent 3.4M GBP over its recovery.',
      'redcarCouncil2020',
    ),
    'threats[0].itRecovery': sourced('Lognormal 90% interval 0.4-4M GBP: Redcar and Cleveland’s IT recovery cost 2.4M GBP.', 'redcarCouncil2020'),
    'threats[0].ransom.paymentProbability': assumption('UK councils do not pay ransoms as a rule.'),
    'threats[0].investigation': sourced(
      'Forensics: the 48K USD public-entity SME average (about 38K GBP) as most likely, up to about 150K GBP for a large ransomware case (NetDiligence 2024).',
      'netDiligence2024',
    ),
    'threats[1].frequency': assumption('A breach of resident data: most likely 8% a year.'),
    'threats[2].frequency': assumption('A reportable loss of an unencrypted device.'),
    'response.notificationCostPerPerson': sourced('The US default converted to pounds at the assumed rate.', 'epiqNotification', 'ponemon2007Notification'),
    'response.regulatorNotificationCost': sourced('Legal guidance for public-entity SMEs averaged 19K USD (NetDiligence 2024): about 15K GBP.', 'netDiligence2024'),
    'regulation.fineIfImposed': assumption('Lognormal 90% interval 20K-2M GBP, informed by the ICO fine of 3.08M GBP on Advanced.', 'ico2025Advanced'),
  },
};
