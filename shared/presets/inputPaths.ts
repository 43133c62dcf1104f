/**
 * The inputs of a scenario as JSON paths (`threats[0].frequency`, `organisation.records.health`):
 * every number, and every distribution taken whole. Used to check that each preset says where
 * each of its numbers comes from, and by the app to find the source of an input.
 */
import { formatPath } from '../scenario/issues';

const STRUCTURAL = new Set(['version']);

function isDistribution(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'dist' in value;
}

export type InputLeaf = Readonly<{ path: string; value: unknown }>;

/** Every numeric input or distribution in a scenario, with its path. */
export function inputLeaves(scenario: unknown): InputLeaf[] {
  const out: InputLeaf[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'number' || isDistribution(value)) {
      const last = path[path.length - 1];
      if (typeof last === 'string' && STRUCTURAL.has(last) && path.length === 1) return;
      out.push({ path: formatPath(path), value });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(scenario, []);
  return out;
}
