/**
 * Props comparison for memoised input views: equal when every prop is the same value, arrays
 * (a field's messages) compared item by item, since the workspace computes them afresh on every
 * edit. An edit then renders again only the inputs it changes.
 */
export function sameProps<P extends object>(previous: Readonly<P>, next: Readonly<P>): boolean {
  const keys = Object.keys(next) as (keyof P)[];
  if (keys.length !== Object.keys(previous).length) return false;
  return keys.every((key) => {
    const a = previous[key];
    const b = next[key];
    if (Object.is(a, b)) return true;
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  });
}
