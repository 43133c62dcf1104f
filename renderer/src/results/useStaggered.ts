/**
 * A value handed on to several consumers one at a time: slot 0 gets a new value in the render
 * that brings it, each later slot in its own low-priority render, a frame after the one before
 * has committed. Heavy consumers (the result charts) then update one per task, never all at once.
 */
import { startTransition, useEffect, useState } from 'react';

type Staggered<T> = Readonly<{ target: T; slots: readonly T[] }>;

export function useStaggered<T>(value: T, count: number): readonly T[] {
  const [state, setState] = useState<Staggered<T>>(() => ({ target: value, slots: Array.from({ length: count }, () => value) }));
  let current = state;
  if (state.target !== value || state.slots.length !== count) {
    // A new value: slot 0 takes it now (React's adjust-state-while-rendering pattern).
    const slots = Array.from({ length: count }, (_, index) => (index === 0 ? value : (state.slots[index] ?? value)));
    current = { target: value, slots };
    setState(current);
  }
  useEffect(() => {
    const next = current.slots.findIndex((slot) => slot !== current.target);
    if (next < 0) return undefined;
    // After the next frame: the slot before has then also run what it put off to that frame
    // (Recharts notifies its charts in requestAnimationFrame), so no two slots share a task.
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        startTransition(() => {
          setState((previous) => (previous.target === current.target ? { ...previous, slots: previous.slots.map((slot, index) => (index === next ? previous.target : slot)) } : previous));
        });
      }, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [current]);
  return current.slots;
}
