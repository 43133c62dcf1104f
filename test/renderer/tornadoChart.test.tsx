// @vitest-environment happy-dom
/** The tornado chart's frame: the top three drivers as its subtitle, its notes, and the table view of every input. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { TornadoChart } from '../../renderer/src/results/sensitivity/TornadoChart';
import { formatters } from '../../renderer/src/results/format';
import type { SensitivityResult } from '../../shared/sensitivity/analyse';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row = (input: string, label: string, lowMean: number, highMean: number) => ({
  input,
  label,
  low: 1,
  high: 2,
  swing: Math.abs(highMean - lowMean),
  lowResult: { mean: lowMean, p95: 0 },
  highResult: { mean: highMean, p95: 0 },
});

const RESULT: SensitivityResult = {
  scenario: 'Hand made',
  currency: 'USD',
  trials: 20_000,
  seed: 3,
  base: { mean: 1_500_000, p95: 0 },
  tornado: Array.from({ length: 14 }, (_, i) => row(`threats[0].customLosses[${i}].perEvent`, `Loss ${i + 1}`, 1_500_000 - 1_000 * (14 - i), 1_500_000 + 2_000 * (14 - i))),
  correlations: [],
};

describe('TornadoChart', () => {
  it('names the top three drivers, says how many inputs it draws, and tables every input', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    act(() => root.render(<TornadoChart result={RESULT} format={formatters('USD', 'en-US')} />));
    expect(container.querySelector('h2')?.textContent).toBe('What drives the loss');
    expect(container.querySelector('.chart-subtitle')?.textContent).toBe(
      'What moves the expected annual loss most: Loss 1 (from $1.49M to $1.53M), then Loss 2, then Loss 3.',
    );
    expect(container.textContent).toContain('The chart shows the 12 of 14 uncertain inputs with the largest swings.');
    expect(container.querySelector('[data-testid="tornado-chart"]')?.getAttribute('aria-label')).toContain('Tornado chart of the 12 of 14 uncertain inputs');
    const show = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Show table')!;
    act(() => show.click());
    expect(container.querySelectorAll('tbody tr')).toHaveLength(14);
    expect(container.querySelector('tbody th')?.textContent).toBe('Loss 1');
    act(() => root.unmount());
    container.remove();
  });
});
