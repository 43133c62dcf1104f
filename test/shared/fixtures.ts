/** Scenario fixtures for engine tests: an all-constant scenario whose costs can be worked out by hand. */
import type { Scenario } from '../../shared/scenario/schemaV1';

/** Every input certain; only the number of events a year (Poisson) is random. */
export function constantScenario(): Scenario {
  return {
    format: 'aftermath-scenario',
    version: 1,
    name: 'All constant',
    currency: 'USD',
    organisation: {
      name: 'Constant Org',
      sector: 'healthcare',
      region: 'US',
      annualRevenue: 365_000_000,
      operatingDaysPerYear: 365,
      records: { health: 1_000, paymentCard: 100 },
      healthcare: { appointmentsPerDay: 100, marginPerAppointment: 100, proceduresPerDay: 10, marginPerProcedure: 1_000 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: 1,
        exposure: { health: 0.5, paymentCard: 1 },
        disruption: { outageDays: 10, operationsLost: 0.2, rampUpDays: 4, extraCostPerDay: 1_000 },
        investigation: 50_000,
        itRecovery: 200_000,
        ransom: { demand: 1_000_000, paymentProbability: 1 },
      },
    ],
    response: {
      notificationCostPerPerson: 2,
      regulatorNotificationCost: 10_000,
      monitoringUptake: 0.1,
      monitoringCostPerPerson: 5,
      lawsuitProbability: 1,
      legalDefenceCost: 100_000,
      settlementPerPerson: 3,
      cardAssessmentPerCard: 50,
    },
    regulation: { regime: 'hipaa', fineProbability: 1, fineIfImposed: 5_000_000, hipaaTier: 4, provisionsViolated: 1 },
    lostBusiness: { customers: 10_000, abnormalChurn: 0.05, lifetimeValue: 100 },
  };
}

/**
 * The constant scenario's cost per event, line by line, worked out by hand:
 * 600 people exposed (500 health + 100 cards), below the 10,000 reference size so no scaling;
 * effective outage days E = 10 + 4/2 = 12; 20% of operations lost.
 */
export const CONSTANT_EVENT_LINES = {
  investigation: 50_000,
  notices: 600 * 2,
  regulatorNotices: 10_000,
  identityMonitoring: 600 * 0.1 * 5,
  legalDefence: 100_000,
  settlements: 600 * 3,
  regulatoryFines: 2_190_294, // the 2026 HIPAA tier-4 cap for one provision, below the 5M fine
  cardAssessments: 100 * 50,
  cancelledCare: (100 * 100 + 10 * 1_000) * 0.2 * 12,
  lostRevenue: 1_000_000 * 0.2 * 12 - (100 * 100 + 10 * 1_000) * 0.2 * 12,
  extraOperatingCosts: 1_000 * 12,
  itRecovery: 200_000,
  ransom: 1_000_000,
  customerChurn: 0.05 * 10_000 * (600 / 1_100 + (0.2 * 12) / 365) * 100, // 600 of 1,100 people on record exposed
  custom: 0,
} as const;

export const CONSTANT_EVENT_TOTAL = Object.values(CONSTANT_EVENT_LINES).reduce((sum, value) => sum + value, 0);
