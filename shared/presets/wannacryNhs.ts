/**
 * Incident replay: WannaCry at NHS England, May 2017. The UK health department costed it at
 * 92M GBP: 19M of lost output (1% of care disrupted for a week; 19,000 appointments cancelled)
 * and 72.5M of IT recovery (0.5M during the attack and 72M after). The replay sets the
 * incident's published facts as inputs, with a little uncertainty around them, and checks that
 * the model's mechanisms (output per day x share lost x days, plus recovery) give back the total.
 */
import { sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const wannacryNhs: Preset = {
  id: 'wannacry-nhs',
  label: 'Replay: WannaCry at NHS England (2017)',
  summary: 'The 2017 WannaCry outbreak across NHS England: 1% of care lost for a week and a 72.5M GBP IT recovery (published total 92M GBP).',
  kind: 'incidentReplay',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Replay: WannaCry at NHS England (2017)',
    description:
      'One event in the year: a week of disruption to 1% of NHS care in England, with 19,000 appointments and operations cancelled, followed by IT recovery.',
    currency: 'GBP',
    organisation: {
      name: 'NHS England (trusts and GP practices)',
      sector: 'healthcare',
      region: 'UK',
      annualRevenue: 99_000_000_000,
      operatingDaysPerYear: 365,
      records: {},
      healthcare: { appointmentsPerDay: 271_429, marginPerAppointment: 1_000, proceduresPerDay: 0, marginPerProcedure: 0 },
    },
    threats: [
      {
        name: 'WannaCry',
        kind: 'ransomware',
        frequency: 1,
        occurrence: 'exact',
        disruption: {
          outageDays: { dist: 'pert', low: 6, mode: 7, high: 8 },
          operationsLost: { dist: 'pert', low: 0.009, mode: 0.01, high: 0.011 },
        },
        itRecovery: 72_500_000,
      },
    ],
    regulation: { regime: 'none' },
  },
  calibration: {
    kind: 'replay',
    published: 'wannacry-nhs',
    note: 'The mean simulated cost sits beside the 92M GBP the UK health department published.',
  },
  provenance: {
    'organisation.operatingDaysPerYear': sourced('Hospitals run every day of the year.', 'dhsc2018'),
    'threats[0].frequency': sourced('The incident happened once: every simulated year holds exactly one.', 'dhsc2018'),
    'organisation.annualRevenue': sourced(
      'The value of NHS care implied by the department’s costing: 1% of one week’s care was worth 19M GBP, so a year’s care is about 99B GBP.',
      'dhsc2018',
    ),
    'organisation.healthcare.appointmentsPerDay': sourced(
      'Set so that 1% of a week’s activity is the 19,000 appointments and operations reported cancelled.',
      'dhsc2018',
    ),
    'organisation.healthcare.marginPerAppointment': sourced('19M GBP of lost output over 19,000 cancellations: 1,000 GBP each.', 'dhsc2018'),
    'threats[0].disruption.outageDays': sourced('Disruption lasted about a week.', 'dhsc2018'),
    'threats[0].disruption.operationsLost': sourced('About 1% of NHS activity was disrupted.', 'dhsc2018'),
    'threats[0].itRecovery': sourced('0.5M GBP of IT support during the attack and 72M GBP restoring data and systems afterwards.', 'dhsc2018'),
  },
};
