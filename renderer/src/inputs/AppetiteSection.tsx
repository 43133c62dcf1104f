/**
 * Risk appetite: the tolerance the organisation sets, as points "at most this chance that a
 * year costs more than this loss". Drawn on the exceedance curve of every variant, with a verdict.
 */
import { APPETITE_FIELDS } from '../../../shared/model/inputCatalogue';
import { getAt } from '../workspace/draftPath';
import { addAppetitePoint, removeAppetitePoint } from '../workspace/controlsEdit';
import { useEditor } from './editorContext';
import { maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';

const MAX_POINTS = 10;

const field = (path: string) => {
  const found = APPETITE_FIELDS.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`No appetite field ${path}.`);
  return found;
};

/** One significant figure: a round first tolerance near the loss the user is looking at. */
function roundLoss(value: number): number {
  if (!(value > 0)) return 1_000_000;
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)));
  return Math.round(value / magnitude) * magnitude;
}

export function AppetiteSection({ suggestedLoss }: Readonly<{ suggestedLoss: number | undefined }>) {
  const editor = useEditor();
  const points = (getAt(editor.state.doc, 'appetite') as readonly unknown[] | undefined) ?? [];
  return (
    <Section id="appetite" title="Risk appetite" summary={points.length === 0 ? 'Not set' : `${points.length} point${points.length === 1 ? '' : 's'}`} defaultOpen={false}>
      <p className="field-note">The losses the organisation is willing to risk: at most this chance that a year costs more than this. Each point is drawn on the loss curves with a verdict.</p>
      {points.map((_, index) => (
        <section key={index} className="threat-card" aria-label={`Appetite point ${index + 1}`}>
          <div className="threat-head">
            <span className="threat-kind">Point {index + 1}</span>
            <button type="button" className="link-button danger" onClick={() => editor.edit((state) => removeAppetitePoint(state, index))} aria-label={`Remove appetite point ${index + 1}`}>
              remove
            </button>
          </div>
          <NumberField path={`appetite[${index}].loss`} field={field('appetite[*].loss')} max={maxFor(field('appetite[*].loss'))} label={`Point ${index + 1}: a year costing more than`} />
          <NumberField path={`appetite[${index}].probability`} field={field('appetite[*].probability')} max={1} label={`Point ${index + 1}: at most this chance`} />
        </section>
      ))}
      <div className="add-threat">
        <button type="button" disabled={points.length >= MAX_POINTS} onClick={() => editor.edit((state) => addAppetitePoint(state, roundLoss(suggestedLoss ?? 0)))}>
          Add a tolerance point
        </button>
      </div>
    </Section>
  );
}
