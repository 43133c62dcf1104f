/**
 * The application shell: the scenario in view (the built-in "Regional hospital" to start),
 * its headline figures and its exceedance curve, all computed by the shared model in a worker.
 */
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets/index';
import { DEFAULT_SEED, DEFAULT_TRIALS } from '../../shared/engine/runScenario';
import type { AppInfo } from '../../shared/ipc/contract';
import { platformApi } from './platform/platformApi';
import { useSimulation } from './simulation/useSimulation';
import { HeadlineFigures } from './results/HeadlineFigures';
import { ExceedanceChart } from './results/ExceedanceChart';
import { formatters } from './results/format';

const preset = findPreset(DEFAULT_PRESET_ID);

export function App() {
  const { state, run, cancel } = useSimulation();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const scenario = preset?.scenario;

  useEffect(() => {
    void platformApi()
      .getAppInfo()
      .then((reply) => {
        if (reply.ok) setAppInfo(reply.value);
      });
  }, []);

  useEffect(() => {
    if (scenario) run(scenario, { trials: DEFAULT_TRIALS, seed: DEFAULT_SEED, thresholds: [] });
  }, [scenario, run]);

  const result = state.status === 'done' ? state.result : state.status === 'idle' ? null : state.previous;
  const format = useMemo(() => formatters(scenario?.currency ?? 'USD'), [scenario?.currency]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">Aftermath</div>
        <div className="scenario-title">
          <h1>{scenario?.name ?? 'No scenario'}</h1>
          <p>{scenario?.description}</p>
        </div>
        <div className="run-status" role="status" aria-live="polite">
          {state.status === 'running' ? (
            <>
              <progress max={1} value={state.progress} aria-label="Simulation progress" />
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </>
          ) : state.status === 'done' ? (
            `${state.result.trials.toLocaleString()} simulated years, seed ${state.result.seed}`
          ) : state.status === 'failed' ? (
            `Simulation failed: ${state.message}`
          ) : null}
        </div>
      </header>
      <main className="results">
        {result ? (
          <>
            <HeadlineFigures result={result} format={format} />
            <ExceedanceChart result={result} format={format} />
          </>
        ) : (
          <p className="placeholder-text">Simulating {DEFAULT_TRIALS.toLocaleString()} years&hellip;</p>
        )}
      </main>
      <footer className="app-footer">
        Aftermath {appInfo?.version ?? ''} · {appInfo?.platform === 'browser' ? 'browser build' : 'desktop'} · everything runs on
        this computer; nothing is sent anywhere.
      </footer>
    </div>
  );
}
