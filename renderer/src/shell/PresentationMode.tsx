/**
 * Presentation mode: full screen, one chart per slide with its headline in large type. Arrow
 * keys (or the buttons) move between slides; Escape leaves.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ChartScaleContext } from '../results/chartHeight';

export type Slide = Readonly<{ id: string; title: string; headline: string; body: ReactNode }>;

export function PresentationMode({ slides, onClose }: Readonly<{ slides: readonly Slide[]; onClose: () => void }>) {
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const slide = slides[Math.min(index, slides.length - 1)];

  useEffect(() => {
    const element = dialog.current;
    // Focus moves into the dialog, and back to where it was when the dialog closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.focus();
    if (element && document.fullscreenEnabled && !document.fullscreenElement) {
      element.requestFullscreen().catch(() => undefined);
    }
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      before?.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        // Keep Tab inside the dialog.
        const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button:not([disabled]), [href], select, input, [tabindex]:not([tabindex="-1"])') ?? [])];
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (!first || !last) return;
        if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !(event.target instanceof HTMLButtonElement))) {
        event.preventDefault();
        setIndex((current) => Math.min(slides.length - 1, current + 1));
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        setIndex((current) => Math.max(0, current - 1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides.length, onClose]);

  if (!slide) return null;
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1} ref={dialog}>
      <div className="slide">
        <h2 className="slide-title">{slide.title}</h2>
        <p className="slide-headline">{slide.headline}</p>
        <div className="slide-body">
          <ChartScaleContext.Provider value={1.9}>{slide.body}</ChartScaleContext.Provider>
        </div>
      </div>
      <nav className="slide-nav" aria-label="Slides">
        <button type="button" onClick={() => setIndex((current) => Math.max(0, current - 1))} disabled={index === 0}>
          Previous
        </button>
        <span aria-live="polite">
          Slide {index + 1} of {slides.length}
        </span>
        <button type="button" onClick={() => setIndex((current) => Math.min(slides.length - 1, current + 1))} disabled={index >= slides.length - 1}>
          Next
        </button>
        <button type="button" onClick={onClose}>
          Close presentation
        </button>
      </nav>
    </div>
  );
}
