/**
 * What the policy pays: each cost category (and, on request, each cost line) either covered or
 * excluded, with an optional annual sublimit. Lines inside an excluded category are shown as
 * excluded and cannot be changed one by one.
 */
import { useId } from 'react';
import { CATEGORY_IDS, CATEGORY_LABELS, COST_LINE_CATEGORY, COST_LINE_IDS, COST_LINE_LABELS, type CategoryId, type CostLineId } from '../../../shared/model/categories';
import type { CoverageKey } from '../../../shared/scenario/insuranceSchema';
import { getAt } from '../workspace/draftPath';
import { setCovered } from '../workspace/insuranceEdit';
import { errorsWithin } from '../workspace/validation';
import { useEditor } from './editorContext';
import { NumberInput } from './NumberInput';

const labelOf = (key: CoverageKey): string =>
  (CATEGORY_IDS as readonly string[]).includes(key) ? CATEGORY_LABELS[key as CategoryId] : COST_LINE_LABELS[key as CostLineId];

function CoverageRow({ coverKey, inheritedExclusion }: Readonly<{ coverKey: CoverageKey; inheritedExclusion: boolean }>) {
  const editor = useEditor();
  const id = useId();
  const excluded = ((getAt(editor.state.doc, 'insurance.excluded') as CoverageKey[] | undefined) ?? []).includes(coverKey);
  const path = `insurance.sublimits.${coverKey}`;
  const value = getAt(editor.state.doc, path);
  const errors = errorsWithin(editor.validation.errors, path);
  const label = labelOf(coverKey);
  const covered = !excluded && !inheritedExclusion;
  const errorId = `${id}-errors`;
  return (
    <tr>
      <th scope="row">
        <label className="toggle">
          <input
            type="checkbox"
            checked={covered}
            disabled={inheritedExclusion}
            onChange={(event) => editor.edit((state) => setCovered(state, coverKey, event.target.checked))}
          />
          {label}
        </label>
      </th>
      <td>
        {covered ? (
          <>
            <NumberInput
              id={id}
              ariaLabel={`Sublimit for ${label} (${editor.currency})`}
              value={typeof value === 'number' ? value : undefined}
              pendingText={editor.state.pending[path]?.text}
              isShare={false}
              min={0}
              max={1e12}
              locale={editor.locale}
              invalid={errors.length > 0}
              {...(errors.length > 0 ? { describedBy: errorId } : {})}
              onValid={(next) => editor.setValue(path, next)}
              onInvalid={(text, message) => editor.setPending(path, text, message)}
              onEmpty={() => editor.remove(path)}
              placeholder="no sublimit"
            />
            {errors.length > 0 && (
              <p id={errorId} className="field-errors" role="alert">
                {errors.join(' ')}
              </p>
            )}
          </>
        ) : (
          <>
            <span className="field-note">{inheritedExclusion ? 'Category excluded' : 'Excluded'}</span>
            {errors.length > 0 && (
              <p className="field-errors" role="alert">
                {errors.join(' ')} Clear it from the file, or tick the cover to edit it.
              </p>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

export function CoverageTable() {
  const editor = useEditor();
  const excluded = (getAt(editor.state.doc, 'insurance.excluded') as CoverageKey[] | undefined) ?? [];
  const excludedErrors = errorsWithin(editor.validation.errors, 'insurance.excluded');
  const lines = COST_LINE_IDS.filter((line): line is Exclude<CostLineId, 'custom'> => line !== 'custom');
  return (
    <div className="coverage">
      <h3 className="subsection-title">What the policy pays</h3>
      <p className="field-note">Untick what the policy never pays. A sublimit caps what it pays for that cover in a year (in {editor.currency}).</p>
      <table className="coverage-table">
        <thead>
          <tr>
            <th scope="col">Cover</th>
            <th scope="col">Sublimit a year</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORY_IDS.map((category) => (
            <CoverageRow key={category} coverKey={category} inheritedExclusion={false} />
          ))}
        </tbody>
      </table>
      {excludedErrors.length > 0 && (
        <ul className="field-errors" role="alert">
          {excludedErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <details className="coverage-lines">
        <summary>By cost line (ransom, fines, notification…)</summary>
        <table className="coverage-table">
          <thead>
            <tr>
              <th scope="col">Cost line</th>
              <th scope="col">Sublimit a year</th>
            </tr>
          </thead>
          <tbody>
            {[...lines, 'custom' as const].map((line) => (
              <CoverageRow key={line} coverKey={line} inheritedExclusion={line !== 'custom' && excluded.includes(COST_LINE_CATEGORY[line])} />
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
