/** Light and dark themes: chosen by the user, else the system's preference; remembered locally. */
import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'aftermath-theme';

function initialTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // Storage can be unavailable (private windows); fall back to the system preference.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** `forced` overrides the chosen theme while set (the board report is always light, as printed). */
export function useTheme(forced: Theme | null = null): Readonly<{ theme: Theme; toggle: () => void }> {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const shown = forced ?? theme;
  useEffect(() => {
    document.documentElement.dataset['theme'] = shown;
    document.documentElement.style.colorScheme = shown;
  }, [shown]);
  const toggle = useCallback(() => {
    setTheme((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not remembered, but still applied.
      }
      return next;
    });
  }, []);
  return { theme, toggle };
}
