/**
 * The numbers behind the Controls view as tables of formatted text: each control's value and
 * return, and the greedy best combination. Pure functions of the result and the formatters.
 */
import type { ControlValue } from '../../../../shared/controls/analysis';
import type { ScenarioResult } from '../../../../shared/engine/runScenario';
import type { Formatters } from '../format';
import type { ChartTable } from '../tables';

/** Controls in place first (in the scenario's order), then proposed ones best value first. */
export function orderedControls(result: Pick<ScenarioResult, 'controls' | 'controlPortfolio'>): ControlValue[] {
  const controls = result.controls ?? [];
  const ranking = result.controlPortfolio?.ranking ?? [];
  const inPlace = controls.filter((control) => control.status === 'inPlace');
  const proposed = ranking.flatMap((id) => controls.filter((control) => control.id === id));
  return [...inPlace, ...proposed];
}

export function rosiText(control: ControlValue, format: Formatters): string {
  return control.rosi === null ? 'no cost given' : format.percentPrecise(control.rosi);
}

export function paybackText(control: ControlValue): string {
  if (control.status === 'inPlace') return 'already in place';
  if (control.paybackYears === null) return 'never';
  if (control.paybackYears === 0) return 'at once';
  return `${control.paybackYears.toLocaleString(undefined, { maximumFractionDigits: 1 })} years`;
}

export function controlsTable(result: Pick<ScenarioResult, 'controls' | 'controlPortfolio'>, format: Formatters): ChartTable {
  return {
    columns: ['Control', 'Status', 'Cost a year (annualised)', 'Saves a year', 'Saves in a 1-in-20 year', 'Return (ROSI)', 'Chance it pays for itself', 'Payback'],
    rows: orderedControls(result).map((control) => [
      control.label,
      control.status === 'inPlace' ? 'In place' : 'Proposed',
      format.money(control.annualisedCost),
      format.money(control.aleReduction),
      format.money(control.p95Reduction),
      rosiText(control, format),
      format.percentPrecise(control.probabilityRosiPositive),
      paybackText(control),
    ]),
  };
}

export function combinationTable(result: Pick<ScenarioResult, 'controlPortfolio'>, format: Formatters): ChartTable {
  return {
    columns: ['Step', 'Cost a year of the controls added', 'Expected annual loss', '1-in-20-year loss'],
    rows: (result.controlPortfolio?.combination ?? []).map((step) => [
      step.added === null ? step.label : `+ ${step.label}`,
      format.money(step.cumulativeAnnualisedCost),
      format.money(step.expectedAnnualLoss),
      format.money(step.p95),
    ]),
  };
}

/** The decision in a sentence: the best value, and what adding everything proposed would leave. */
export function controlsSentence(result: Pick<ScenarioResult, 'controls' | 'controlPortfolio'>, format: Formatters): string {
  const best = orderedControls(result).find((control) => control.status === 'proposed');
  const steps = result.controlPortfolio?.combination ?? [];
  const last = steps[steps.length - 1];
  const first = steps[0];
  if (!best || !last || !first || steps.length < 2) return 'No proposed controls: mark a control as proposed to value it.';
  const bestText =
    best.rosi === null
      ? `${best.label} saves ${format.moneyCompact(best.aleReduction)} a year (no cost given)`
      : `${best.label} saves ${format.moneyCompact(best.aleReduction)} a year for ${format.moneyCompact(best.annualisedCost)} (return ${format.percentPrecise(best.rosi)}; ${format.percentPrecise(best.probabilityRosiPositive)} chance it pays for itself)`;
  const lead = best.rosi !== null && best.rosi < 0 ? 'None of the proposed controls pays for itself on expected loss alone. The best' : 'Best value';
  return `${lead}: ${bestText}. All ${steps.length - 1} proposed together take the expected annual loss from ${format.moneyCompact(first.expectedAnnualLoss)} to ${format.moneyCompact(last.expectedAnnualLoss)} for ${format.moneyCompact(last.cumulativeAnnualisedCost)} a year.`;
}
