/**
 * The figures a board reads first, in plain words; the statistic behind each is on hover and
 * in its description for screen readers.
 */
import { useId } from 'react';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { Formatters } from './format';

export type Figure = Readonly<{ id: string; label: string; value: string; detail: string; emphasis?: boolean }>;

export function headlineFigures(result: ScenarioResult, format: Formatters): readonly Figure[] {
  const a = result.annualLoss;
  return [
    {
      id: 'expected-annual-loss',
      label: 'Expected annual loss',
      value: format.moneyCompact(a.mean),
      detail: `Mean annual loss over ${result.trials.toLocaleString()} simulated years: ${format.money(a.mean)}. Half of all years cost less than ${format.money(a.p50)}.`,
      emphasis: true,
    },
    {
      id: 'loss-1-in-20',
      label: '1-in-20-year loss',
      value: format.moneyCompact(a.p95),
      detail: `95th percentile of annual loss (VaR 95%): ${format.money(a.p95)}. A year this bad or worse comes about once in 20 years. Average beyond it (TVaR 95%): ${format.money(a.tvar95)}.`,
    },
    {
      id: 'loss-1-in-100',
      label: '1-in-100-year loss',
      value: format.moneyCompact(a.p99),
      detail: `99th percentile of annual loss (VaR 99%): ${format.money(a.p99)}. Average beyond it (TVaR 99%): ${format.money(a.tvar99)}.`,
    },
    {
      id: 'chance-of-incident',
      label: 'Chance of an incident this year',
      value: format.probability(result.probabilityOfAnyLoss),
      detail: `Share of simulated years with at least one incident that costs money. Mean incidents a year: ${(result.event.count / result.trials).toFixed(2)}.`,
    },
    {
      id: 'typical-incident',
      label: 'Typical cost of one incident',
      value: format.moneyCompact(result.event.p50),
      detail: `Median cost of a single incident: ${format.money(result.event.p50)}. Mean ${format.money(result.event.mean)}; 1 in 10 incidents costs more than ${format.money(result.event.p90)}.`,
    },
  ];
}

export function HeadlineFigures({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  return <FigureRow figures={headlineFigures(result, format)} label="Headline figures" />;
}

/** A row of figures, each with its detail on hover and for screen readers. */
export function FigureRow({ figures, label }: Readonly<{ figures: readonly Figure[]; label: string }>) {
  const base = useId();
  return (
    <section className="headline" aria-label={label}>
      {figures.map((figure) => (
        <div
          key={figure.id}
          role="group"
          aria-labelledby={`${base}-${figure.id}-label`}
          aria-describedby={`${base}-${figure.id}-detail`}
          className={figure.emphasis ? 'figure figure-emphasis' : 'figure'}
          title={figure.detail}
        >
          <div id={`${base}-${figure.id}-label`} className="figure-label">
            {figure.label}
          </div>
          <div className="figure-value" data-testid={figure.id}>
            {figure.value}
          </div>
          <div id={`${base}-${figure.id}-detail`} className="visually-hidden">
            {figure.detail}
          </div>
        </div>
      ))}
    </section>
  );
}
