/** How many years to simulate and with which seed: part of the scenario, so saved with it. */
import { useId } from 'react';
import { DEFAULT_SEED, DEFAULT_TRIALS } from '../../../shared/engine/runScenario';
import { getAt } from '../workspace/draftPath';
import { useEditor } from '../inputs/editorContext';
import { NumberInput } from '../inputs/NumberInput';
import { Section } from '../inputs/Section';

export const TRIAL_CHOICES = [10_000, 100_000, 1_000_000, 5_000_000] as const;

export function SimulationSettings() {
  const editor = useEditor();
  const trialsId = useId();
  const seedId = useId();
  const trials = Number(getAt(editor.state.doc, 'simulation.trials') ?? DEFAULT_TRIALS);
  const seed = getAt(editor.state.doc, 'simulation.seed');
  const choices = (TRIAL_CHOICES as readonly number[]).includes(trials) ? TRIAL_CHOICES : [...TRIAL_CHOICES, trials].sort((a, b) => a - b);
  return (
    <Section id="simulation" title="Simulation" summary={`${trials.toLocaleString()} years`} defaultOpen={false}>
      <div className="field">
        <label className="field-label" htmlFor={trialsId}>
          Simulated years
        </label>
        <select id={trialsId} value={trials} onChange={(event) => editor.setValue('simulation.trials', Number(event.target.value))}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice.toLocaleString()}
            </option>
          ))}
        </select>
        <p className="field-note">More years give steadier tails (the 1-in-100-year loss) and take longer.</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={seedId}>
          Random seed
        </label>
        <NumberInput
          id={seedId}
          value={typeof seed === 'number' ? seed : DEFAULT_SEED}
          pendingText={editor.state.pending['simulation.seed']?.text}
          isShare={false}
          integer
          max={Number.MAX_SAFE_INTEGER}
          locale={editor.locale}
          invalid={editor.state.pending['simulation.seed'] !== undefined}
          describedBy={`${seedId}-note`}
          onValid={(next) => editor.setValue('simulation.seed', next)}
          onInvalid={(text, message) => editor.setPending('simulation.seed', text, message)}
        />
        {editor.state.pending['simulation.seed'] && (
          <div role="alert">
            <p className="field-errors">{editor.state.pending['simulation.seed'].message}</p>
          </div>
        )}
        <p id={`${seedId}-note`} className="field-note">
          The same seed gives the same numbers, every time and on every computer.
        </p>
      </div>
    </Section>
  );
}
