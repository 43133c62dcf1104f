/**
 * Security controls in a scenario file: which library controls are in place and which are
 * proposed, what each costs, and any effect the organisation knows better than the library's
 * default. Semantics and every default effect with its source: docs/controls.md.
 */
import * as z from 'zod';
import { CONTROL_IDS } from '../controls/library';
import { THREAT_KINDS, type ThreatKind } from '../model/vocabulary';
import { LIMITS } from './limits';
import { share } from './uncertainSchema';
import { strict } from './strict';

export const CONTROL_STATUSES = ['inPlace', 'proposed'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

const frequencyShape = Object.fromEntries(THREAT_KINDS.map((kind) => [kind, share().optional()])) as {
  [K in ThreatKind]: z.ZodOptional<ReturnType<typeof share>>;
};

const effectsSchema = strict({
  frequency: strict(frequencyShape).optional(),
  recordsExposed: share().optional(),
  costPerRecord: share().optional(),
  outageDays: share().optional(),
  detectionAndContainment: share().optional(),
  ransomPayment: share().optional(),
});

const controlSchema = strict({
  id: z.enum(CONTROL_IDS),
  status: z.enum(CONTROL_STATUSES),
  annualCost: z.number().min(0).max(LIMITS.money).optional(),
  oneOffCost: z.number().min(0).max(LIMITS.money).optional(),
  amortisationYears: z.number().min(1).max(30).optional(),
  effects: effectsSchema.optional(),
});

export const controlsSchema = z
  .array(controlSchema)
  .max(CONTROL_IDS.length)
  .superRefine((controls, ctx) => {
    const seen = new Map<string, number>();
    controls.forEach((control, index) => {
      const earlier = seen.get(control.id);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats controls[${earlier}] ("${control.id}"); list each control once` });
      } else {
        seen.set(control.id, index);
      }
    });
  });

export type ControlInput = z.output<typeof controlSchema>;
export type ControlEffectsInput = NonNullable<ControlInput['effects']>;
