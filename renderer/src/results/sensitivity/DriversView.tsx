/**
 * "What drives the loss": the tornado (each uncertain input at its low and its high, every other
 * input keeping its distribution) and each input's rank correlation with the loss it feeds.
 */
import type { SensitivityResult } from '../../../../shared/sensitivity/analyse';
import type { Formatters } from '../format';
import { TornadoChart } from './TornadoChart';
import { CorrelationTable } from './CorrelationTable';

export function DriversView({ result, format }: Readonly<{ result: SensitivityResult; format: Formatters }>) {
  return (
    <div className="chart-grid">
      <TornadoChart result={result} format={format} />
      <CorrelationTable result={result} />
    </div>
  );
}
