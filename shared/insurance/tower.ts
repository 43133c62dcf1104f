/**
 * A tower of annual-aggregate layers over the year's loss to the tower S (the loss after
 * exclusions, retention, coinsurance and sublimits). A layer attaching at a with limit m pays
 *   min(max(S - a, 0), m),
 * so it attaches when S exceeds a and is exhausted when S reaches a + m.
 */
import type { TowerLayer } from './plan';

export function layerRecovery(towerLoss: number, attachment: number, limit: number): number {
  return Math.min(Math.max(towerLoss - attachment, 0), limit);
}

/** What the whole tower pays on a year's loss. */
export function towerRecovery(towerLoss: number, layers: readonly TowerLayer[]): number {
  let total = 0;
  for (const layer of layers) total += layerRecovery(towerLoss, layer.attachment, layer.limit);
  return total;
}

/** Where the tower stops: the highest attachment plus limit. */
export function towerTop(layers: readonly TowerLayer[]): number {
  return layers.reduce((top, layer) => Math.max(top, layer.attachment + layer.limit), 0);
}

/**
 * A price an underwriter can defend: expected loss plus a risk load (a multiple of the
 * standard deviation), grossed up so that expenses take their share of the premium.
 */
export function technicalPremium(expectedLoss: number, sd: number, riskLoad: number, expenseRatio: number): number {
  return (expectedLoss + riskLoad * sd) / (1 - expenseRatio);
}
