/** Picks the ledger for a programme: the totals alone when no sublimit needs the buckets. */
import { BucketLedger } from './bucketLedger';
import type { InsuranceLedger } from './ledger';
import { hasSublimits, type InsurancePlan } from './plan';
import { TotalsLedger } from './totalsLedger';

export function createInsuranceLedger(plan: InsurancePlan, chunkTrials: number): InsuranceLedger {
  return hasSublimits(plan) ? new BucketLedger(plan, chunkTrials) : new TotalsLedger(plan, chunkTrials);
}
