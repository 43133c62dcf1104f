/**
 * How much of an outage's business-interruption loss a policy pays, given its waiting period
 * and indemnity period.
 *
 * The model accrues disruption loss at a full rate for the D outage days, then at a rate that
 * falls linearly to zero over the R ramp-up days (so the loss is proportional to D + R/2).
 * The policy pays what accrues after the waiting period W and before the indemnity period I
 * ends, both counted from the start of the outage:
 *   covered share = (A(min(I, D + R)) - A(min(W, D + R)))^+ / (D + R/2),
 * where A(t) is the loss accrued by day t. The rest is split into what fell inside the waiting
 * period and what came after the indemnity period.
 */

/** Loss accrued by day t for an outage of D days followed by R ramp-up days, in full-rate days. */
export function accruedDays(t: number, outageDays: number, rampUpDays: number): number {
  if (t <= 0) return 0;
  if (t <= outageDays) return t;
  if (rampUpDays <= 0) return outageDays;
  const intoRamp = Math.min(t - outageDays, rampUpDays);
  return outageDays + intoRamp - (intoRamp * intoRamp) / (2 * rampUpDays);
}

export type BiShares = { covered: number; waiting: number; beyondIndemnity: number };

/**
 * Writes into `out` the shares (adding up to 1) of an outage's business-interruption loss that
 * are covered, that fell inside the waiting period, and that came after the indemnity period.
 * An outage with no loss (D + R/2 = 0) has nothing to share: all three are 0.
 */
export function businessInterruptionShares(
  outageDays: number,
  rampUpDays: number,
  waitingDays: number,
  indemnityDays: number,
  out: BiShares,
): BiShares {
  const total = outageDays + rampUpDays / 2;
  if (!(total > 0)) {
    out.covered = 0;
    out.waiting = 0;
    out.beyondIndemnity = 0;
    return out;
  }
  const end = outageDays + rampUpDays;
  const waitingEnd = Math.min(waitingDays, end);
  const indemnityEnd = Math.max(waitingEnd, Math.min(indemnityDays, end));
  const inWaiting = accruedDays(waitingEnd, outageDays, rampUpDays);
  const byIndemnityEnd = accruedDays(indemnityEnd, outageDays, rampUpDays);
  out.waiting = inWaiting / total;
  out.covered = Math.max(0, byIndemnityEnd - inWaiting) / total;
  out.beyondIndemnity = Math.max(0, 1 - out.waiting - out.covered);
  return out;
}
