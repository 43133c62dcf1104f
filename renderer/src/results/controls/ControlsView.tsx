/**
 * The Controls view: what each control in place saves today and what each proposed control
 * would save, its return on investment and the chance it pays for itself, and the best
 * combination of the proposed ones.
 */
import type { ScenarioResult } from '../../../../shared/engine/runScenario';
import type { Formatters } from '../format';
import { CombinationChart } from './CombinationChart';
import { ControlValueChart } from './ControlValueChart';

export function ControlsView({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const proposed = (result.controls ?? []).some((control) => control.status === 'proposed');
  return (
    <div className="chart-grid">
      <ControlValueChart result={result} format={format} />
      {proposed && <CombinationChart result={result} format={format} />}
    </div>
  );
}
