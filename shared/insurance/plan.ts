/**
 * The insurance programme compiled for the engine: which coverage buckets the policy pays,
 * which are business interruption, which buckets each sublimit caps, and the tower.
 *
 * A coverage bucket is one built-in cost line, or the custom losses of one category (custom
 * losses carry their own category, so an exclusion or sublimit on a category reaches them too).
 */
import { CATEGORY_IDS, COST_LINE_CATEGORY, COST_LINE_IDS, type CategoryId, type CostLineId } from '../model/categories';
import type { InsuranceProgramme } from '../scenario/insuranceSchema';
import type { CoverageKey } from '../scenario/insuranceSchema';

const BUILT_IN_LINES = COST_LINE_IDS.filter((id): id is Exclude<CostLineId, 'custom'> => id !== 'custom');
/** Buckets 0..BUILT_IN_LINE_COUNT-1 are the built-in lines in COST_LINE_IDS order. */
export const BUILT_IN_LINE_COUNT = BUILT_IN_LINES.length;
/** Then one bucket per category for custom losses, in CATEGORY_IDS order. */
export const BUCKET_COUNT = BUILT_IN_LINE_COUNT + CATEGORY_IDS.length;
export const customBucket = (category: number): number => BUILT_IN_LINE_COUNT + category;

/** Disruption lines are business interruption: the waiting and indemnity periods apply. */
const BI_LINES: readonly CostLineId[] = ['lostRevenue', 'cancelledCare', 'extraOperatingCosts'];

export type SublimitGroup = Readonly<{ key: CoverageKey; limit: number; buckets: readonly number[] }>;

export type TowerLayer = Readonly<{ name: string; attachment: number; limit: number; premium: number | null }>;

export type InsurancePlan = Readonly<{
  retention: number;
  /** Cap on the year's total of per-event retentions; Infinity when none. */
  aggregateRetention: number;
  coinsurance: number;
  waitingDays: number;
  /** Infinity when the policy has no indemnity period. */
  indemnityDays: number;
  /** 1 where the policy pays the bucket, 0 where it is excluded. */
  covered: Uint8Array;
  /** 1 where the bucket is business interruption. */
  businessInterruption: Uint8Array;
  /** Sublimits on cost lines, applied first; then sublimits on categories. */
  lineSublimits: readonly SublimitGroup[];
  categorySublimits: readonly SublimitGroup[];
  layers: readonly TowerLayer[];
  riskLoad: number;
  expenseRatio: number;
}>;

/** Whether any sublimit caps part of the cover (then a year's buckets matter one by one). */
export function hasSublimits(plan: InsurancePlan): boolean {
  return plan.lineSublimits.length + plan.categorySublimits.length > 0;
}

function bucketsOf(key: CoverageKey): number[] {
  const category = CATEGORY_IDS.indexOf(key as CategoryId);
  if (category >= 0) {
    const lines = BUILT_IN_LINES.flatMap((line, b) => (COST_LINE_CATEGORY[line] === key ? [b] : []));
    return [...lines, customBucket(category)];
  }
  if (key === 'custom') return CATEGORY_IDS.map((_, c) => customBucket(c));
  return [BUILT_IN_LINES.indexOf(key as Exclude<CostLineId, 'custom'>)];
}

export function buildInsurancePlan(programme: InsuranceProgramme): InsurancePlan {
  const covered = new Uint8Array(BUCKET_COUNT).fill(1);
  for (const key of programme.excluded ?? []) for (const b of bucketsOf(key)) covered[b] = 0;
  const businessInterruption = new Uint8Array(BUCKET_COUNT);
  for (const line of BI_LINES) businessInterruption[BUILT_IN_LINES.indexOf(line as Exclude<CostLineId, 'custom'>)] = 1;
  const lineSublimits: SublimitGroup[] = [];
  const categorySublimits: SublimitGroup[] = [];
  for (const [key, limit] of Object.entries(programme.sublimits ?? {}) as [CoverageKey, number | undefined][]) {
    if (limit === undefined) continue;
    const group = { key, limit, buckets: bucketsOf(key) };
    if (CATEGORY_IDS.includes(key as CategoryId)) categorySublimits.push(group);
    else lineSublimits.push(group);
  }
  return {
    retention: programme.retention,
    aggregateRetention: programme.annualAggregateRetention ?? Number.POSITIVE_INFINITY,
    coinsurance: programme.coinsurance ?? 0,
    waitingDays: (programme.waitingPeriodHours ?? 0) / 24,
    indemnityDays: programme.indemnityPeriodDays ?? Number.POSITIVE_INFINITY,
    covered,
    businessInterruption,
    lineSublimits,
    categorySublimits,
    layers: programme.layers.map((layer) => ({
      name: layer.name,
      attachment: layer.attachment,
      limit: layer.limit,
      premium: layer.premium ?? null,
    })),
    riskLoad: programme.underwriting?.riskLoad ?? 0,
    expenseRatio: programme.underwriting?.expenseRatio ?? 0,
  };
}
