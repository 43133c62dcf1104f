/** A dialog listing each problem with a file the user tried to open; nothing was changed. */
import { useEffect, useRef } from 'react';

export function ProblemDialog({ title, problems, onClose }: Readonly<{ title: string; problems: readonly string[]; onClose: () => void }>) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="problem-title" aria-describedby="problem-list" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
        <h2 id="problem-title">{title}</h2>
        <p>Nothing was changed. Fix these in the file and open it again:</p>
        <ul id="problem-list">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <button ref={closeButton} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
