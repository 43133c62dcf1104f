/**
 * The numbers behind the Insurer view as tables of formatted text: the tower, the gross /
 * insured / retained exceedance curves, the quote per layer, and the coverage gap. Pure
 * functions of the insurance summary and the formatters.
 */
import { GAP_LABELS, GAP_REASONS, type GapReason, type InsuranceSummary } from '../../../shared/insurance/summary';
import type { Formatters } from './format';
import type { ChartTable } from './tables';

/* The tower: each layer's place and what it is expected to pay. */

export function towerTable(insurance: InsuranceSummary, format: Formatters): ChartTable {
  return {
    columns: ['Layer', 'Attaches at', 'Limit', 'Top', 'Expected loss a year', 'Chance it pays', 'Chance it is used up'],
    rows: [...insurance.layers].reverse().map((layer) => [
      layer.name,
      format.money(layer.attachment),
      format.money(layer.limit),
      format.money(layer.attachment + layer.limit),
      format.money(layer.expectedLoss),
      format.percentPrecise(layer.probabilityOfAttachment),
      format.percentPrecise(layer.probabilityOfExhaustion),
    ]),
  };
}

/* Gross, insured and retained annual loss: the chance a year exceeds each amount. */

export function insuranceCurvesTable(insurance: InsuranceSummary, format: Formatters): ChartTable {
  return {
    columns: ['Annual amount', 'Chance gross loss exceeds it', 'Chance the insurance pays more', 'Chance the organisation keeps more'],
    rows: insurance.curves
      .filter((point) => point.loss > 0)
      .map((point) => [format.money(point.loss), format.probability(point.gross), format.probability(point.insured), format.probability(point.retained)]),
  };
}

/* The quote: per layer, what the market charges and what the model says it is worth. */

export function quoteTable(insurance: InsuranceSummary, format: Formatters): ChartTable {
  const orDash = (value: number | null, show: (x: number) => string): string => (value === null ? '–' : show(value));
  return {
    columns: [
      'Layer',
      'Limit',
      'Attaches at',
      'Premium',
      'Expected loss (pure premium)',
      '± standard error',
      'Standard deviation',
      'Chance it pays',
      'Chance it is used up',
      'Rate on line',
      'Loss ratio',
      'Technical premium',
      'Technical rate on line',
    ],
    rows: insurance.layers.map((layer) => [
      layer.name,
      format.money(layer.limit),
      format.money(layer.attachment),
      orDash(layer.premium, format.money),
      format.money(layer.expectedLoss),
      format.money(layer.expectedLossStandardError),
      format.money(layer.sd),
      format.percentPrecise(layer.probabilityOfAttachment),
      format.percentPrecise(layer.probabilityOfExhaustion),
      orDash(layer.rateOnLine, format.percentPrecise),
      orDash(layer.lossRatio, format.percentPrecise),
      format.money(layer.technicalPremium),
      format.percentPrecise(layer.technicalPremium / layer.limit),
    ]),
  };
}

/* The coverage gap: where the mean year's gross loss goes. */

export type GapRow = Readonly<{ id: GapReason | 'recovered'; label: string; amount: number; share: number }>;

/** A bar's label: the amount and its share of the gross loss. */
export function gapLabel(row: GapRow, format: Formatters): string {
  return `${format.moneyCompact(row.amount)} (${format.share(row.share)})`;
}

export const RECOVERED_LABEL = 'Paid by the insurance';

/** Recovery first, then every reason something stays with the organisation (only those that cost anything). */
export function gapRows(insurance: InsuranceSummary): GapRow[] {
  const gross = insurance.expectedRecovery + GAP_REASONS.reduce((sum, reason) => sum + insurance.gap[reason], 0);
  const share = (amount: number) => (gross > 0 ? amount / gross : 0);
  return [
    { id: 'recovered', label: RECOVERED_LABEL, amount: insurance.expectedRecovery, share: share(insurance.expectedRecovery) },
    ...GAP_REASONS.filter((reason) => insurance.gap[reason] > 0).map((reason) => ({
      id: reason,
      label: GAP_LABELS[reason],
      amount: insurance.gap[reason],
      share: share(insurance.gap[reason]),
    })),
  ];
}

export function gapTable(insurance: InsuranceSummary, format: Formatters): ChartTable {
  return {
    columns: ['Where the loss goes', 'Mean a year', 'Share of the gross loss'],
    rows: gapRows(insurance).map((row) => [row.label, format.money(row.amount), format.share(row.share)]),
  };
}

/* The tower drawn to scale: layers, and any stretch below or between them that stays with the organisation. */

export type TowerSegment = Readonly<{ kind: 'layer' | 'kept'; label: string; from: number; to: number; layerIndex: number | null }>;

export function towerSegments(insurance: Pick<InsuranceSummary, 'layers'>): TowerSegment[] {
  const segments: TowerSegment[] = [];
  let top = 0;
  insurance.layers.forEach((layer, index) => {
    if (layer.attachment > top) {
      segments.push({ kind: 'kept', label: index === 0 ? 'Kept below the tower' : 'Gap between layers', from: top, to: layer.attachment, layerIndex: null });
    }
    segments.push({ kind: 'layer', label: layer.name, from: layer.attachment, to: layer.attachment + layer.limit, layerIndex: index });
    top = Math.max(top, layer.attachment + layer.limit);
  });
  return segments;
}
