/**
 * Reading and writing a scenario document by JSON path (`threats[0].frequency.low`), without
 * mutating it: every write returns a new document that shares the untouched parts.
 */

export type PathPart = string | number;

export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

export function getAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathPart, unknown>)[part];
  }
  return current;
}

function setParts(node: unknown, parts: readonly PathPart[], value: unknown): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const array = Array.isArray(node) ? [...node] : [];
    array[head] = setParts(array[head], rest, value);
    return array;
  }
  const object = node !== null && typeof node === 'object' && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
  object[head] = setParts(object[head], rest, value);
  return object;
}

/** A copy of root with value at path (creating objects on the way). */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setParts(root, parsePath(path), value) as T;
}

function deleteParts(node: unknown, parts: readonly PathPart[]): unknown {
  const [head, ...rest] = parts;
  if (head === undefined || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    if (typeof head !== 'number') return node;
    const array = [...node];
    if (rest.length === 0) array.splice(head, 1);
    else array[head] = deleteParts(array[head], rest);
    return array;
  }
  const object = node as Record<string, unknown>;
  const key = String(head);
  if (rest.length === 0) return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
  return { ...object, [key]: deleteParts(object[key], rest) };
}

/** A copy of root without the value at path (an array item is removed, shifting the rest). */
export function deleteAt<T>(root: T, path: string): T {
  return deleteParts(root, parsePath(path)) as T;
}
