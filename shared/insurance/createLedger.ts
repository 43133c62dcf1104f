/** Picks the ledger for a programme: the totals alone when no sublimit needs the buckets. */
import { BucketLedger } from './bucketLedger';
import type { InsuranceLedger } from './ledger';
import type { InsurancePlan } from './plan';
import { TotalsLedger } from './totalsLedger';

export function createInsuranceLedger(plan: InsurancePlan, chunkTrials: number): InsuranceLedger {
  return plan.lineSublimits.length + plan.categorySublimits.length === 0 ? new TotalsLedger(plan, chunkTrials) : new BucketLedger(plan, chunkTrials);
}
