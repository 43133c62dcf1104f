// @vitest-environment happy-dom
/** Hooks that are not drawing: the edit debounce, the theme choice, and the workspace's keyboard undo. */
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from '../../renderer/src/shell/useDebouncedValue';
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

describe('useDebouncedValue', () => {
  it('passes a value on only after it has been still for the delay', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    function Probe({ value }: { value: number }) {
      const settled = useDebouncedValue(value, 100);
      useEffect(() => {
        seen.push(settled);
      }, [settled]);
      return null;
    }
    const view = mount(<Probe value={1} />);
    view.rerender(<Probe value={2} />);
    act(() => vi.advanceTimersByTime(50));
    view.rerender(<Probe value={3} />);
    act(() => vi.advanceTimersByTime(99));
    expect(seen).toEqual([1]);
    act(() => vi.advanceTimersByTime(1));
    expect(seen).toEqual([1, 3]);
    view.unmount();
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
