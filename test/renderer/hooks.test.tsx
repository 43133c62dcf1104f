// @vitest-environment happy-dom
/** Hooks that are not drawing: the charts' staggered update, the theme choice, and the workspace's keyboard undo. */
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStaggered } from '../../renderer/src/results/useStaggered';
import { useTheme } from '../../renderer/src/shell/theme';
import { useWorkspace } from '../../renderer/src/workspace/useWorkspace';
import { workspaceFromPreset } from '../../renderer/src/workspace/workspace';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { getAt } from '../../renderer/src/workspace/draftPath';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount(element: React.ReactElement) {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(element));
  return { rerender: (next: React.ReactElement) => act(() => root.render(next)), unmount: () => act(() => root.unmount()) };
}

afterEach(() => vi.useRealTimers());

describe('useStaggered', () => {
  /** Renders useStaggered and records every distinct set of slots it commits. */
  function staggered(initial: string) {
    const seen: string[] = [];
    function Probe({ value }: { value: string }) {
      const slots = useStaggered(value, 3);
      useEffect(() => {
        if (seen[seen.length - 1] !== slots.join('')) seen.push(slots.join(''));
      }, [slots]);
      return null;
    }
    const view = mount(<Probe value={initial} />);
    return { seen, set: (value: string) => view.rerender(<Probe value={value} />), unmount: view.unmount };
  }
  /** Lets frames and timers pass, a few at a time inside act so React renders what they scheduled. */
  const settle = async () => {
    for (let round = 0; round < 10; round += 1) await act(() => new Promise<void>((resolve) => window.setTimeout(resolve, 30)));
  };

  it('gives a new value to the first slot at once and to each later slot in a later render, in order', async () => {
    const probe = staggered('a');
    probe.set('b');
    expect(probe.seen).toEqual(['aaa', 'baa']);
    await settle();
    expect(probe.seen).toEqual(['aaa', 'baa', 'bba', 'bbb']);
    probe.unmount();
  });

  it('hands on the newest value when another arrives midway, and ends with every slot on it', async () => {
    const probe = staggered('a');
    probe.set('b');
    probe.set('c');
    await settle();
    expect(probe.seen[0]).toBe('aaa');
    expect(probe.seen[probe.seen.length - 1]).toBe('ccc');
    // Slots change from first to last: a later slot never holds a newer value than an earlier one.
    for (const slots of probe.seen) expect([...slots].sort().reverse().join('')).toBe(slots);
    probe.unmount();
  });
});

describe('useTheme', () => {
  it('applies and remembers the chosen theme', () => {
    let toggle: () => void = () => undefined;
    function Probe() {
      toggle = useTheme().toggle;
      return null;
    }
    window.localStorage.setItem('aftermath-theme', 'light');
    const view = mount(<Probe />);
    expect(document.documentElement.dataset['theme']).toBe('light');
    act(() => toggle());
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(window.localStorage.getItem('aftermath-theme')).toBe('dark');
    view.unmount();
  });
});

describe('useWorkspace', () => {
  it('undoes and redoes any edit with Ctrl+Z and Ctrl+Shift+Z, wherever the focus is', () => {
    let api: ReturnType<typeof useWorkspace> | undefined;
    function Probe() {
      api = useWorkspace(() => workspaceFromPreset(regionalHospital), () => 'USD', 'en-US');
      return null;
    }
    const view = mount(<Probe />);
    act(() => api!.editor.setValue('organisation.records.health', 5));
    expect(getAt(api!.editor.state.doc, 'organisation.records.health')).toBe(5);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    });
    expect(getAt(api!.editor.state.doc, 'organisation.records.health')).toBe(750_000);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true }));
    });
    expect(getAt(api!.editor.state.doc, 'organisation.records.health')).toBe(5);
    expect(api!.editor.validation.scenario).not.toBeNull();
    view.unmount();
  });
});
