/**
 * Shown while inputs have problems: results stay on the last valid scenario, and each problem
 * is listed with a link to its input's section.
 */
import type { Validation } from '../workspace/validation';

export function ValidationBanner({ validation, hasResults }: Readonly<{ validation: Validation; hasResults: boolean }>) {
  if (validation.count === 0) return null;
  const entries = Object.entries(validation.errors);
  return (
    <div className="banner banner-warning" role="status" aria-live="polite">
      <p>
        <strong>
          {validation.count} input{validation.count === 1 ? ' needs' : 's need'} attention.
        </strong>{' '}
        {hasResults ? 'The results below are for the last valid version of this scenario.' : 'Results will appear once the inputs are valid.'}
      </p>
      <ul>
        {entries.slice(0, 6).map(([path, messages]) => (
          <li key={path}>
            <code>{path || 'scenario'}</code>: {messages.join(' ')}
          </li>
        ))}
        {entries.length > 6 && <li>and {entries.length - 6} more.</li>}
      </ul>
    </div>
  );
}
