/**
 * A simulation's results as tidy CSV: one value per row, columns section,item,statistic,value,
 * so any tool can filter and pivot it. Used by the CLI (--format csv) and the app's CSV export.
 */
import type { ScenarioResult } from '../engine/runScenario';
import { CATEGORY_IDS, COST_LINE_IDS } from '../model/categories';
import { csvCell } from '../format/csv';

export function formatCsv(result: ScenarioResult): string {
  const rows: (string | number)[][] = [['section', 'item', 'statistic', 'value']];
  rows.push(['run', 'scenario', 'name', result.scenario]);
  rows.push(['run', 'currency', 'code', result.currency]);
  rows.push(['run', 'trials', 'count', result.trials]);
  rows.push(['run', 'seed', 'value', result.seed]);
  for (const [statistic, value] of Object.entries(result.annualLoss)) rows.push(['annualLoss', 'annualLoss', statistic, value]);
  rows.push(['annualLoss', 'probabilityOfAnyLoss', 'probability', result.probabilityOfAnyLoss]);
  for (const [statistic, value] of Object.entries(result.event)) {
    if (typeof value === 'number') rows.push(['eventLoss', 'eventLoss', statistic, value]);
  }
  for (const id of CATEGORY_IDS) {
    for (const [statistic, value] of Object.entries(result.categories[id])) rows.push(['category', id, statistic, value]);
  }
  for (const id of COST_LINE_IDS) rows.push(['costLine', id, 'mean', result.costLines[id]]);
  for (const entry of result.timeline) rows.push(['timeline', entry.period, 'total', entry.total]);
  for (const threat of result.threats) {
    rows.push(['threat', threat.name, 'meanAnnualLoss', threat.meanAnnualLoss]);
    rows.push(['threat', threat.name, 'probabilityOfEvent', threat.probabilityOfEvent]);
  }
  result.exceedance.forEach((point, i) => {
    rows.push(['exceedance', `point${i + 1}`, 'loss', point.loss]);
    rows.push(['exceedance', `point${i + 1}`, 'probability', point.probability]);
  });
  result.exceedanceAt.forEach((point) => rows.push(['exceedanceAt', String(point.loss), 'probability', point.probability]));
  for (const control of result.controls ?? []) {
    for (const [statistic, value] of Object.entries(control)) {
      if (statistic !== 'id' && statistic !== 'label') rows.push(['control', control.id, statistic, value ?? '']);
    }
  }
  (result.controlPortfolio?.combination ?? []).forEach((step, i) => {
    rows.push(['controlCombination', `step${i}`, 'added', step.added ?? '']);
    rows.push(['controlCombination', `step${i}`, 'cumulativeAnnualisedCost', step.cumulativeAnnualisedCost]);
    rows.push(['controlCombination', `step${i}`, 'expectedAnnualLoss', step.expectedAnnualLoss]);
    rows.push(['controlCombination', `step${i}`, 'p95', step.p95]);
  });
  if (result.appetite) {
    rows.push(['appetite', 'all', 'within', result.appetite.within ? 'true' : 'false']);
    for (const point of result.appetite.points) {
      rows.push(['appetite', String(point.loss), 'toleratedProbability', point.probability]);
      rows.push(['appetite', String(point.loss), 'simulatedProbability', point.simulatedProbability]);
      rows.push(['appetite', String(point.loss), 'within', point.within ? 'true' : 'false']);
      rows.push(['appetite', String(point.loss), 'lossExcess', point.lossExcess]);
    }
  }
  const insurance = result.insurance;
  if (insurance) {
    rows.push(['insurance', 'recovered', 'mean', insurance.expectedRecovery]);
    rows.push(['insurance', 'claim', 'probability', insurance.probabilityOfClaim]);
    for (const [statistic, value] of Object.entries(insurance.retained)) rows.push(['insurance', 'retained', statistic, value]);
    for (const layer of insurance.layers) {
      for (const [statistic, value] of Object.entries(layer)) {
        if (statistic !== 'name') rows.push(['insuranceLayer', layer.name, statistic, value ?? '']);
      }
    }
    for (const at of insurance.adequacy) {
      rows.push(['insuranceAdequacy', `1-in-${at.returnPeriod}`, 'limitNeeded', at.limitNeeded]);
      rows.push(['insuranceAdequacy', `1-in-${at.returnPeriod}`, 'shortfall', at.shortfall]);
    }
    for (const [reason, value] of Object.entries(insurance.gap)) rows.push(['insuranceGap', reason, 'mean', value]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
