/**
 * The board report's executive summary, written from the results in plain words: what a year
 * costs, how bad a bad year gets, where the money goes, what drives it, what the insurance does,
 * which controls pay and whether the loss is within appetite. Each point reuses the sentence the
 * workspace shows for the same figure, so the report and the screen say the same thing.
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { SensitivityResult } from '../../../shared/sensitivity/analyse';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../../shared/model/categories';
import { topDriversSentence } from '../../../shared/sensitivity/sentence';
import type { Formatters } from '../results/format';
import { appetiteSentences } from '../results/appetite';
import { controlsSentence } from '../results/controls/controlsTables';

export type SummaryInputs = Readonly<{
  organisation: string;
  result: ScenarioResult;
  /** The run that valued the controls; null when the scenario lists none. */
  controls: ScenarioResult | null;
  /** The tornado; null when it has not been made. */
  sensitivity: SensitivityResult | null;
}>;

export type SummaryPoint = Readonly<{ id: 'year' | 'tail' | 'where' | 'drivers' | 'insurance' | 'controls' | 'appetite'; title: string; text: string }>;

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function wherePoint(result: ScenarioResult, format: Formatters): string {
  const ranked = CATEGORY_IDS.map((id) => ({ id, stats: result.categories[id] }))
    .filter((entry) => entry.stats.mean > 0)
    .sort((a, b) => b.stats.mean - a.stats.mean)
    .slice(0, 3);
  if (ranked.length === 0) return 'No category of cost arises in the simulated years.';
  const parts = ranked.map((entry) => `${CATEGORY_LABELS[entry.id].toLowerCase()} (${format.moneyCompact(entry.stats.mean)} a year, ${format.share(entry.stats.share)})`);
  return `The three largest costs are ${listInWords(parts)}.`;
}

function insurancePoint(result: ScenarioResult, format: Formatters): string {
  const insurance = result.insurance;
  if (!insurance) return `No insurance programme is modelled, so the organisation bears every loss: ${format.moneyCompact(result.annualLoss.p95)} in a 1-in-20 year.`;
  const p95 = insurance.adequacy.find((at) => at.returnPeriod === 20);
  const covers =
    p95 === undefined
      ? ''
      : p95.shortfall > 0
        ? ` It does not cover the 1-in-20-year loss: ${format.moneyCompact(p95.shortfall)} of the ${format.moneyCompact(p95.limitNeeded)} such a year puts on the tower is above its ${format.moneyCompact(insurance.towerTop)} limit.`
        : ` It covers the 1-in-20-year loss: such a year puts ${format.moneyCompact(p95.limitNeeded)} on a ${format.moneyCompact(insurance.towerTop)} tower.`;
  return `The insurance pays ${format.moneyCompact(insurance.expectedRecovery)} of an average year’s ${format.moneyCompact(result.annualLoss.mean)}.${covers} In a 1-in-20 year the organisation keeps ${format.moneyCompact(insurance.retained.p95)} itself (retention, coinsurance, exclusions, sublimits and anything above the tower).`;
}

function controlsPoint(inputs: SummaryInputs, format: Formatters): string {
  const listed = inputs.controls?.controls ?? null;
  if (!inputs.controls || !listed || listed.length === 0) return 'No security controls are listed, so none is valued.';
  if (!listed.some((control) => control.status === 'proposed')) return `The ${listed.length === 1 ? 'control' : `${listed.length} controls`} listed ${listed.length === 1 ? 'is' : 'are'} already in place; none is proposed, so there is no investment to compare.`;
  return controlsSentence(inputs.controls, format);
}

export function executiveSummary(inputs: SummaryInputs, format: Formatters): SummaryPoint[] {
  const { result } = inputs;
  const annual = result.annualLoss;
  const points: SummaryPoint[] = [
    {
      id: 'year',
      title: 'What an average year costs',
      text: `In an average year, cyber incidents would cost ${inputs.organisation} about ${format.moneyCompact(annual.mean)}. The chance of at least one costly incident in a year is ${format.probability(result.probabilityOfAnyLoss)}.`,
    },
    {
      id: 'tail',
      title: 'How bad a bad year gets',
      text: `Once in 20 years, a year’s losses reach ${format.moneyCompact(annual.p95)} or more; once in 100 years, ${format.moneyCompact(annual.p99)} or more. A typical incident costs ${format.moneyCompact(result.event.p50)}; one in ten costs more than ${format.moneyCompact(result.event.p90)}.`,
    },
    { id: 'where', title: 'Where the money goes', text: wherePoint(result, format) },
    {
      id: 'drivers',
      title: 'What drives the loss',
      text: inputs.sensitivity ? topDriversSentence(inputs.sensitivity.tornado, format.moneyCompact) : 'The drivers of the loss were not analysed for this report.',
    },
    { id: 'insurance', title: 'Insurance', text: insurancePoint(result, format) },
    { id: 'controls', title: 'Security investments', text: controlsPoint(inputs, format) },
  ];
  if (result.appetite) {
    const verdict = result.appetite.within ? 'Within risk appetite.' : 'Beyond risk appetite.';
    points.push({ id: 'appetite', title: 'Risk appetite', text: `${verdict} ${appetiteSentences(result.appetite, format).join(' ')}` });
  } else {
    points.push({ id: 'appetite', title: 'Risk appetite', text: 'No risk appetite is set for this scenario, so no verdict is given.' });
  }
  return points;
}
