/** The people-facing simulate output: aligned columns, amounts in the scenario's currency. */
import type { ScenarioResult } from '../../shared/engine/runScenario';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../shared/model/categories';
import { formatCount, formatMoney, formatProbability } from '../../shared/format/numbers';
import { GAP_LABELS, GAP_REASONS, type InsuranceSummary } from '../../shared/insurance/summary';
import type { ControlValue } from '../../shared/controls/analysis';
import type { AppetiteVerdict } from '../../shared/appetite/verdict';

const LOCALE = 'en-US';

/** Rows as columns two spaces apart: the first left-aligned, the others right-aligned. */
export function align(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function controlsTable(controls: readonly ControlValue[], portfolio: NonNullable<ScenarioResult['controlPortfolio']>, money: (value: number) => string): string {
  const rate = (value: number | null): string => (value === null ? '-' : formatProbability(value, LOCALE));
  const rows = align([
    ['Control', 'Status', 'Cost a year', 'Saves a year', 'Saves at 1-in-20', 'ROSI', 'Chance ROSI > 0', 'Payback'],
    ...controls.map((control) => [
      control.label,
      control.status === 'inPlace' ? 'in place' : 'proposed',
      money(control.annualisedCost),
      money(control.aleReduction),
      money(control.p95Reduction),
      control.rosi === null ? 'no cost given' : `${Math.round(control.rosi * 100)}%`,
      rate(control.probabilityRosiPositive),
      control.paybackYears === null ? 'never' : `${control.paybackYears.toFixed(1)} years`,
    ]),
  ]);
  const combination = align([
    ['Best combination, step by step', 'Cost a year', 'Expected annual loss', '1-in-20-year loss'],
    ...portfolio.combination.map((step) => [step.added === null ? step.label : `+ ${step.label}`, money(step.cumulativeAnnualisedCost), money(step.expectedAnnualLoss), money(step.p95)]),
  ]);
  return `${rows}\n\n${combination}`;
}

function appetiteTable(appetite: AppetiteVerdict, money: (value: number) => string): string {
  return align([
    [`Risk appetite: ${appetite.within ? 'within' : 'beyond'}`, 'Tolerated chance', 'Simulated chance', 'Verdict'],
    ...appetite.points.map((point) => [
      `A year costing more than ${money(point.loss)}`,
      formatProbability(point.probability, LOCALE),
      formatProbability(point.simulatedProbability, LOCALE),
      point.within ? 'within' : `beyond by ${money(point.lossExcess)}`,
    ]),
  ]);
}

function insuranceTable(insurance: InsuranceSummary, money: (value: number) => string): string {
  const rate = (value: number | null): string => (value === null ? '-' : formatProbability(value, LOCALE));
  const summary = align([
    ['Insurance', ''],
    ['Expected annual recovery', money(insurance.expectedRecovery)],
    ['Chance of a claim in a year', formatProbability(insurance.probabilityOfClaim, LOCALE)],
    ['Retained loss, mean', money(insurance.retained.mean)],
    ['Retained loss, 1-in-20-year (P95)', money(insurance.retained.p95)],
    ['Retained loss, 1-in-100-year (P99)', money(insurance.retained.p99)],
    ...insurance.adequacy.map((at) => [
      `Loss to the tower in a 1-in-${at.returnPeriod} year`,
      `${money(at.limitNeeded)} (${at.shortfall > 0 ? `${money(at.shortfall)} not paid` : 'paid in full'}; tower ${money(at.towerTop)})`,
    ]),
  ]);
  const layers = align([
    ['Layer', 'Attachment', 'Limit', 'Expected loss', 'Chance attached', 'Chance exhausted', 'Rate on line', 'Loss ratio', 'Technical premium'],
    ...insurance.layers.map((layer) => [
      layer.name,
      money(layer.attachment),
      money(layer.limit),
      money(layer.expectedLoss),
      formatProbability(layer.probabilityOfAttachment, LOCALE),
      formatProbability(layer.probabilityOfExhaustion, LOCALE),
      rate(layer.rateOnLine),
      rate(layer.lossRatio),
      money(layer.technicalPremium),
    ]),
  ]);
  const gap = align([
    ['What stays with you (mean a year)', ''],
    ...GAP_REASONS.filter((reason) => insurance.gap[reason] > 0).map((reason) => [GAP_LABELS[reason], money(insurance.gap[reason])]),
  ]);
  return `${summary}\n\n${layers}\n\n${gap}`;
}

export function formatTable(result: ScenarioResult): string {
  const money = (value: number): string => formatMoney(value, result.currency, LOCALE);
  const a = result.annualLoss;
  const headline = align([
    ['Expected annual loss', money(a.mean)],
    ['Typical year (median)', money(a.p50)],
    ['1-in-10-year loss (P90)', money(a.p90)],
    ['1-in-20-year loss (P95)', money(a.p95)],
    ['1-in-100-year loss (P99)', money(a.p99)],
    ['Tail average beyond P95 (TVaR 95)', money(a.tvar95)],
    ['Chance of at least one loss this year', formatProbability(result.probabilityOfAnyLoss, LOCALE)],
    ['Typical cost of one incident (median)', money(result.event.p50)],
    ['Incidents a year (mean)', (result.event.count / result.trials).toFixed(2)],
  ]);
  const categories = align([
    ['Cost category', 'Mean a year', 'Share', 'Worst 10% of years'],
    ...CATEGORY_IDS.map((id) => {
      const c = result.categories[id];
      return [CATEGORY_LABELS[id], money(c.mean), formatProbability(c.share, LOCALE), money(c.meanInWorst10)];
    }),
  ]);
  const threats = align([
    ['Threat', 'Mean a year', 'Chance a year', 'Mean per incident'],
    ...result.threats.map((t) => [t.name, money(t.meanAnnualLoss), formatProbability(t.probabilityOfEvent, LOCALE), money(t.meanEventLoss)]),
  ]);
  const thresholds =
    result.exceedanceAt.length > 0
      ? `\n\n${align([
          ['Chance a year costs more than', ''],
          ...result.exceedanceAt.map((point) => [money(point.loss), formatProbability(point.probability, LOCALE)]),
        ])}`
      : '';
  const insurance = result.insurance ? `\n\n${insuranceTable(result.insurance, money)}` : '';
  const controls = result.controls && result.controlPortfolio ? `\n\n${controlsTable(result.controls, result.controlPortfolio, money)}` : '';
  const appetite = result.appetite ? `\n\n${appetiteTable(result.appetite, money)}` : '';
  const warnings = result.warnings.length > 0 ? `\n\nNotes:\n${result.warnings.map((w) => `  - ${w}`).join('\n')}` : '';
  return `${result.scenario} (${result.currency}), ${formatCount(result.trials, LOCALE)} simulated years, seed ${result.seed}

${headline}

${categories}

${threats}${thresholds}${appetite}${controls}${insurance}${warnings}
`;
}
