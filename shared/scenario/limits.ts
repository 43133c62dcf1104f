/**
 * Bounds on every number a scenario may hold. They keep every result finite (no overflow to
 * Infinity), every run bounded in time, and catch typos such as an extra three zeros.
 */
export const LIMITS = {
  /** Any amount of money, in the scenario's currency. */
  money: 1e12,
  /** Records of one type. */
  records: 1e10,
  /** Events a year for one threat (daily). */
  frequencyPerYear: 365,
  /** Outage or ramp-up length. */
  days: 365,
  /** Appointments or procedures a day. */
  activityPerDay: 1e7,
  /** Customers or patients. */
  customers: 1e10,
  /** Simulated years in one run. */
  trials: 10_000_000,
  /** PERT shape parameter. */
  pertGamma: 100,
  /** Exchange rate between the scenario currency and a regime's currency. */
  exchangeRate: 1e6,
  /**
   * Expected events in one run (simulated years x events a year). Each event is kept with its
   * cost per category, so this bounds a run's memory (about 1.5 GB at the limit).
   */
  eventsPerRun: 20_000_000,
} as const;

export const MIN_TRIALS = 100;
