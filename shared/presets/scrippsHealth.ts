/**
 * Incident replay: the Scripps Health ransomware attack, May 2021. Scripps reported 112.7M USD:
 * 91.6M of lost revenue and 21.1M of costs, over an outage from 1 to 26 May on about 3.6B USD
 * of annual revenue. The replay sets revenue, outage and the share of daily revenue lost (about
 * 36%, derived from the published figures), and checks the model's lost-revenue mechanism and
 * total against the published ones.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const scrippsHealth: Preset = {
  id: 'scripps-health',
  label: 'Replay: Scripps Health ransomware (2021)',
  summary: 'The 2021 ransomware attack on Scripps Health: about 25 days of disruption to a 3.6B USD health system (published total 112.7M USD).',
  kind: 'incidentReplay',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Replay: Scripps Health ransomware (2021)',
    description: 'One event in the year: about 25 days of disruption losing about 36% of daily revenue, and 21.1M USD of response and recovery costs.',
    currency: 'USD',
    organisation: {
      name: 'Scripps Health',
      sector: 'healthcare',
      region: 'US',
      annualRevenue: 3_600_000_000,
      operatingDaysPerYear: 365,
      records: {},
    },
    threats: [
      {
        name: 'Ransomware, May 2021',
        kind: 'ransomware',
        frequency: 1,
        occurrence: 'exact',
        disruption: {
          outageDays: { dist: 'pert', low: 24, mode: 25, high: 26 },
          operationsLost: { dist: 'pert', low: 0.34, mode: 0.37, high: 0.4 },
        },
        investigation: { dist: 'pert', low: 1_000_000, mode: 2_000_000, high: 4_000_000 },
        itRecovery: { dist: 'pert', low: 15_000_000, mode: 19_000_000, high: 21_000_000 },
      },
    ],
    regulation: { regime: 'none' },
  },
  calibration: {
    kind: 'replay',
    published: 'scripps-2021',
    note: 'The mean simulated cost sits beside the 112.7M USD Scripps reported.',
  },
  provenance: {
    'organisation.operatingDaysPerYear': sourced('Hospitals run every day of the year.', 'beckersScripps2021'),
    'threats[0].frequency': sourced('The incident happened once: every simulated year holds exactly one.', 'beckersScripps2021'),
    'organisation.annualRevenue': sourced('About 3.6B USD of annual revenue.', 'beckersScripps2021'),
    'threats[0].disruption.outageDays': sourced('Systems were down from 1 to 26 May 2021.', 'beckersScripps2021'),
    'threats[0].disruption.operationsLost': sourced(
      'About 37% of daily revenue: 91.6M USD lost over about 25 days of about 9.9M a day (3.6B / 365).',
      'beckersScripps2021',
    ),
    'threats[0].itRecovery': assumption('Most of the 21.1M USD of published costs, split from investigation by assumption.', 'beckersScripps2021'),
    'threats[0].investigation': assumption('The rest of the 21.1M USD of published costs.', 'beckersScripps2021'),
  },
};
