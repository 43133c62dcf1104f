/** A modal dialog: a title, a body, and buttons; focus starts on the first button and Escape cancels. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export type DialogButton = Readonly<{ label: string; onClick: () => void; primary?: boolean }>;

export function Dialog({ title, children, buttons, onCancel, role = 'dialog' }: Readonly<{ title: string; children: ReactNode; buttons: readonly DialogButton[]; onCancel: () => void; role?: 'dialog' | 'alertdialog' }>) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        <div className="dialog-buttons">
          {buttons.map((button, index) => (
            <button key={button.label} ref={index === 0 ? first : undefined} type="button" className={button.primary ? 'primary' : undefined} onClick={button.onClick}>
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
