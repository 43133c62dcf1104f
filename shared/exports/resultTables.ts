/**
 * The result's other tables, one row per point, category, period, layer or control, every
 * figure exactly as the result holds it (the only derived columns are a layer's top,
 * attachment + limit, and its technical rate on line, technical premium / limit). A scenario
 * without insurance or controls gets those tables with their headers and no rows.
 */
import type { ScenarioResult } from '../engine/runScenario';
import { CATEGORY_IDS, CATEGORY_LABELS, TIMELINE_PERIOD_LABELS } from '../model/categories';
import { moneyHeader, type ExportTable } from './table';

export function exceedanceTable(result: ScenarioResult): ExportTable {
  const insured = result.insurance?.curves;
  return {
    name: 'Exceedance',
    currency: result.currency,
    columns: [
      { header: moneyHeader('Annual loss', result.currency), width: 22, kind: 'money' },
      { header: "Chance a year's loss is larger (probability)", width: 24, kind: 'probability' },
      ...(insured
        ? ([
            { header: 'Chance insurance pays more than it (probability)', width: 24, kind: 'probability' },
            { header: 'Chance the organisation keeps more than it (probability)', width: 24, kind: 'probability' },
          ] as const)
        : []),
    ],
    rows: result.exceedance.map((point, i) => {
      const curve = insured?.[i];
      return curve ? [point.loss, point.probability, curve.insured, curve.retained] : [point.loss, point.probability];
    }),
  };
}

export function categoriesTable(result: ScenarioResult): ExportTable {
  return {
    name: 'Categories',
    currency: result.currency,
    columns: [
      { header: 'Cost category', width: 28, kind: 'text' },
      { header: 'Key', width: 14, kind: 'text' },
      { header: moneyHeader('Mean a year', result.currency), width: 20, kind: 'money' },
      { header: 'Share of the expected annual loss (ratio)', width: 18, kind: 'ratio' },
      { header: moneyHeader('Mean in the worst 10% of years', result.currency), width: 24, kind: 'money' },
    ],
    rows: CATEGORY_IDS.map((id) => [CATEGORY_LABELS[id], id, result.categories[id].mean, result.categories[id].share, result.categories[id].meanInWorst10]),
  };
}

export function timelineTable(result: ScenarioResult): ExportTable {
  return {
    name: 'Timeline',
    currency: result.currency,
    columns: [
      { header: 'When paid', width: 16, kind: 'text' },
      { header: 'Key', width: 16, kind: 'text' },
      ...CATEGORY_IDS.map((id) => ({ header: moneyHeader(CATEGORY_LABELS[id], result.currency), width: 20, kind: 'money' as const })),
      { header: moneyHeader('Total', result.currency), width: 20, kind: 'money' },
    ],
    rows: result.timeline.map((entry) => [TIMELINE_PERIOD_LABELS[entry.period], entry.period, ...CATEGORY_IDS.map((id) => entry.byCategory[id]), entry.total]),
  };
}

export function insuranceLayersTable(result: ScenarioResult): ExportTable {
  const money = (label: string) => ({ header: moneyHeader(label, result.currency), width: 20, kind: 'money' as const });
  return {
    name: 'Insurance',
    currency: result.currency,
    columns: [
      { header: 'Layer', width: 18, kind: 'text' },
      money('Attaches at'),
      money('Limit'),
      money('Top'),
      money('Premium'),
      money('Expected loss a year'),
      money('Standard error of the expected loss'),
      money('Standard deviation of the annual loss'),
      { header: 'Chance it pays (probability)', width: 16, kind: 'probability' },
      { header: 'Chance it is used up (probability)', width: 16, kind: 'probability' },
      { header: 'Rate on line (ratio)', width: 14, kind: 'ratio' },
      { header: 'Loss ratio (ratio)', width: 14, kind: 'ratio' },
      money('Technical premium'),
      { header: 'Technical rate on line (ratio)', width: 16, kind: 'ratio' },
    ],
    rows: (result.insurance?.layers ?? []).map((layer) => [
      layer.name,
      layer.attachment,
      layer.limit,
      layer.attachment + layer.limit,
      layer.premium,
      layer.expectedLoss,
      layer.expectedLossStandardError,
      layer.sd,
      layer.probabilityOfAttachment,
      layer.probabilityOfExhaustion,
      layer.rateOnLine,
      layer.lossRatio,
      layer.technicalPremium,
      layer.technicalPremium / layer.limit,
    ]),
  };
}

export function controlsTable(result: ScenarioResult): ExportTable {
  const money = (label: string) => ({ header: moneyHeader(label, result.currency), width: 20, kind: 'money' as const });
  const ranking = result.controlPortfolio?.ranking ?? [];
  return {
    name: 'Controls',
    currency: result.currency,
    columns: [
      { header: 'Control', width: 36, kind: 'text' },
      { header: 'Key', width: 22, kind: 'text' },
      { header: 'Status', width: 10, kind: 'text' },
      money('Annual cost'),
      money('One-off cost'),
      { header: 'Amortisation (years)', width: 14, kind: 'number' },
      money('Annualised cost'),
      money('Saving in the expected annual loss'),
      money('Saving in the 1-in-20-year loss'),
      { header: 'Return on security investment (ratio)', width: 18, kind: 'ratio' },
      { header: 'Chance the return is positive (probability)', width: 18, kind: 'probability' },
      { header: 'Payback (years)', width: 12, kind: 'decimal' },
      { header: 'Saving per unit of annualised cost (number)', width: 18, kind: 'decimal' },
      { header: 'Rank among proposed controls', width: 14, kind: 'count' },
    ],
    rows: (result.controls ?? []).map((control) => {
      const rank = ranking.indexOf(control.id);
      return [
        control.label,
        control.id,
        control.status === 'inPlace' ? 'In place' : 'Proposed',
        control.annualCost,
        control.oneOffCost,
        control.amortisationYears,
        control.annualisedCost,
        control.aleReduction,
        control.p95Reduction,
        control.rosi,
        control.probabilityRosiPositive,
        control.paybackYears,
        control.reductionPerCost,
        rank < 0 ? null : rank + 1,
      ];
    }),
  };
}
