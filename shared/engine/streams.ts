/**
 * Stream ids: each model input draws from its own random stream, keyed by
 * (seed, chunk, threat, input). Ids are fixed forever so that a given seed keeps giving the
 * same numbers across versions, and adding one input never shifts the draws of another.
 */
export const STREAM = {
  frequency: 1,
  eventCount: 2,
  exposureBase: 10, // + record type index (0..5)
  outageDays: 20,
  operationsLost: 21,
  rampUpDays: 22,
  extraCostPerDay: 23,
  investigation: 30,
  itRecovery: 31,
  ransomDemand: 32,
  ransomPaymentProbability: 33,
  ransomPaymentUniform: 34,
  notificationCostPerPerson: 40,
  regulatorNotificationCost: 41,
  monitoringUptake: 42,
  monitoringCostPerPerson: 43,
  lawsuitProbability: 44,
  lawsuitUniform: 45,
  legalDefenceCost: 46,
  settlementPerPerson: 47,
  cardAssessmentPerCard: 48,
  fineProbability: 50,
  fineUniform: 51,
  fineAmount: 52,
  abnormalChurn: 60,
  lifetimeValue: 61,
  /** Per event: the uniform that decides whether a control stops it (frequency effects thin events). */
  controlThinning: 70,
  /** Per year and control (keyed also by the control's place in the library): how well the control works that year. */
  controlEffect: 71,
  customLossBase: 100, // + custom loss index
} as const;

/** Trials are simulated in chunks of this size, each chunk with its own streams. */
export const CHUNK_TRIALS = 8192;
