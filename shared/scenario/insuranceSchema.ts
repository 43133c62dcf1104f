/**
 * The insurance programme in a scenario file: per-event retention, optional annual aggregate
 * retention, coinsurance, business-interruption waiting and indemnity periods, annual sublimits
 * and exclusions by category or cost line, and a tower of layers. Semantics: docs/insurance.md.
 */
import * as z from 'zod';
import { CATEGORY_IDS, COST_LINE_CATEGORY, COST_LINE_IDS } from '../model/categories';
import { LIMITS } from './limits';
import { strict } from './strict';

/** What a sublimit or exclusion may name: a whole category or one cost line. */
export const COVERAGE_KEYS = [...CATEGORY_IDS, ...COST_LINE_IDS] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];

/** At most this many layers in a tower. */
export const MAX_LAYERS = 12;
const HOURS_PER_YEAR = 8760;

const amount = z.number().min(0).max(LIMITS.money);
const positiveAmount = z.number().positive().max(LIMITS.money);

const sublimitShape = Object.fromEntries(COVERAGE_KEYS.map((key) => [key, positiveAmount.optional()])) as {
  [K in CoverageKey]: z.ZodOptional<typeof positiveAmount>;
};

const layerSchema = strict({
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(100),
  attachment: amount,
  limit: positiveAmount,
  premium: amount.optional(),
});

const underwritingSchema = strict({
  /** Multiple of the layer's standard deviation added to its expected loss. */
  riskLoad: z.number().min(0).max(10).optional(),
  /** Share of the premium that goes on expenses, commission and profit. */
  expenseRatio: z.number().min(0).max(0.95).optional(),
});

/** Tolerance when comparing where one layer ends and the next attaches, in currency units. */
const JOIN_TOLERANCE = 0.005;

export const insuranceSchema = strict({
  retention: amount,
  annualAggregateRetention: amount.nullable().optional(),
  coinsurance: z.number().min(0).max(1).optional(),
  waitingPeriodHours: z.number().min(0).max(HOURS_PER_YEAR).optional(),
  indemnityPeriodDays: z.number().positive().max(LIMITS.days).nullable().optional(),
  sublimits: strict(sublimitShape).optional(),
  excluded: z.array(z.enum(COVERAGE_KEYS)).max(COVERAGE_KEYS.length).optional(),
  layers: z.array(layerSchema).min(1).max(MAX_LAYERS),
  allowLayerGaps: z.boolean().optional(),
  underwriting: underwritingSchema.optional(),
}).superRefine((insurance, ctx) => {
  const aggregate = insurance.annualAggregateRetention;
  if (aggregate !== null && aggregate !== undefined && aggregate < insurance.retention) {
    ctx.addIssue({
      code: 'custom',
      path: ['annualAggregateRetention'],
      message: `must be at least the per-event retention (${insurance.retention}): it caps the year's total of per-event retentions`,
    });
  }
  const excluded = insurance.excluded ?? [];
  const seen = new Set<string>();
  excluded.forEach((key, index) => {
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['excluded', index], message: `lists "${key}" twice` });
    seen.add(key);
  });
  for (const key of COVERAGE_KEYS) {
    if (insurance.sublimits?.[key] === undefined) continue;
    const category = key in COST_LINE_CATEGORY ? COST_LINE_CATEGORY[key as keyof typeof COST_LINE_CATEGORY] : undefined;
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['sublimits', key], message: `has no effect: "${key}" is excluded, so the policy never pays it` });
    } else if (category && seen.has(category)) {
      ctx.addIssue({ code: 'custom', path: ['sublimits', key], message: `has no effect: its category "${category}" is excluded, so the policy never pays it` });
    }
  }
  const names = new Map<string, number>();
  insurance.layers.forEach((layer, index) => {
    const earlier = names.get(layer.name);
    if (earlier !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['layers', index, 'name'], message: `repeats the name of layers[${earlier}] ("${layer.name}"); names must be unique` });
    } else {
      names.set(layer.name, index);
    }
    if (index === 0) return;
    const below = insurance.layers[index - 1];
    if (!below) return;
    const top = below.attachment + below.limit;
    if (layer.attachment < top - JOIN_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['layers', index, 'attachment'],
        message: `overlaps layers[${index - 1}] ("${below.name}"), which covers up to ${top}; list layers from the bottom up, each attaching where the one below ends`,
      });
    } else if (layer.attachment > top + JOIN_TOLERANCE && insurance.allowLayerGaps !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['layers', index, 'attachment'],
        message: `leaves a gap above layers[${index - 1}] ("${below.name}"), which ends at ${top}; attach at ${top}, or set allowLayerGaps to true if the gap is intended`,
      });
    }
  });
});

export type InsuranceProgramme = z.output<typeof insuranceSchema>;
export type InsuranceLayer = InsuranceProgramme['layers'][number];
