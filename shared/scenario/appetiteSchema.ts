/**
 * Risk appetite in a scenario file: points of a tolerance, each "at most this chance that a
 * year costs more than this loss". Results say whether each variant is within it, and by how much.
 */
import * as z from 'zod';
import { LIMITS } from './limits';
import { strict } from './strict';

/** The tolerance for loss: at most this chance that a year costs more than this loss. */
const appetitePointSchema = strict({
  loss: z.number().positive().max(LIMITS.money),
  probability: z.number().min(0).max(1),
});

export const appetiteSchema = z
  .array(appetitePointSchema)
  .min(1)
  .max(10)
  .superRefine((points, ctx) => {
    const losses = new Map<number, number>();
    points.forEach((point, index) => {
      const earlier = losses.get(point.loss);
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: [index, 'loss'], message: `repeats the loss of appetite[${earlier}]; give each loss once` });
      else losses.set(point.loss, index);
    });
  });

export type AppetitePoint = z.output<typeof appetitePointSchema>;
