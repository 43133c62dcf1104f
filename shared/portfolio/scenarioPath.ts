/**
 * JSON paths into a scenario, written the way validation messages name them
 * (`threats[0].frequency`, `insurance.retention`), and setting a value at one. Setting never
 * invents a list item: an index must already exist, so a path into a threat the preset lacks
 * is refused rather than leaving a hole. Missing objects on the way are created.
 */
import { formatPath } from '../scenario/issues';

export type PathSegment = string | number;

const SEGMENT = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]/y;
const FIRST = /^[A-Za-z_$][\w$]*/;
/** Names that would reach an object's prototype instead of its own fields. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** ['threats', 0, 'frequency'] from 'threats[0].frequency'; undefined when it is not a path. */
export function parseScenarioPath(text: string): PathSegment[] | undefined {
  const first = FIRST.exec(text);
  if (!first) return undefined;
  const segments: PathSegment[] = [first[0]];
  SEGMENT.lastIndex = first[0].length;
  while (SEGMENT.lastIndex < text.length) {
    const start = SEGMENT.lastIndex;
    const match = SEGMENT.exec(text);
    if (!match || match.index !== start) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined && match[2].length <= 6) segments.push(Number(match[2]));
    else return undefined;
  }
  return segments.some((segment) => typeof segment === 'string' && FORBIDDEN.has(segment)) ? undefined : segments;
}

export function isPathPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

export type SetFailure =
  /** `at` is a list (or nothing) without item `index`; `length` is how many items it has. */
  | Readonly<{ kind: 'missingItem'; at: readonly PathSegment[]; index: number; length: number }>
  /** `at` holds a plain value (or a list where a field was named), so the path cannot go on. */
  | Readonly<{ kind: 'notContainer'; at: readonly PathSegment[]; value: unknown; next: PathSegment }>;

export type SetResult =
  /** `created` is the shallowest part of the path that did not exist before, if any. */
  | Readonly<{ ok: true; created: readonly PathSegment[] | undefined }>
  | Readonly<{ ok: false; failure: SetFailure }>;

const isContainer = (value: unknown): value is Record<PropertyKey, unknown> => value !== null && typeof value === 'object';

function own(container: Record<PropertyKey, unknown>, key: PathSegment): unknown {
  return Object.hasOwn(container, key) ? container[key] : undefined;
}

/** Sets `value` at `path` inside `root`, creating missing objects (never list items) on the way. */
export function setAtPath(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): SetResult {
  let current: Record<PropertyKey, unknown> = root;
  let created: readonly PathSegment[] | undefined;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i] as PathSegment;
    const at = path.slice(0, i);
    if (Array.isArray(current) !== (typeof segment === 'number')) {
      return { ok: false, failure: { kind: 'notContainer', at, value: current, next: segment } };
    }
    if (typeof segment === 'number' && segment >= (current as unknown as unknown[]).length) {
      return { ok: false, failure: { kind: 'missingItem', at, index: segment, length: (current as unknown as unknown[]).length } };
    }
    const last = i === path.length - 1;
    const child = own(current, segment);
    if (last) {
      if (child === undefined) created ??= path;
      current[segment] = value;
      break;
    }
    const next = path[i + 1] as PathSegment;
    if (child === undefined) {
      if (typeof next === 'number') return { ok: false, failure: { kind: 'missingItem', at: path.slice(0, i + 1), index: next, length: 0 } };
      created ??= path.slice(0, i + 1);
      current[segment] = {};
    } else if (!isContainer(child)) {
      return { ok: false, failure: { kind: 'notContainer', at: path.slice(0, i + 1), value: child, next } };
    }
    current = current[segment] as Record<PropertyKey, unknown>;
  }
  return { ok: true, created };
}

/**
 * A failure in words, saying whose document it is (`owner`, such as `the preset "bank"`):
 * `the preset "bank" has no threats[4]: its threats are threats[0] to threats[2]`.
 */
export function describeSetFailure(failure: SetFailure, owner: string): string {
  const at = formatPath(failure.at);
  if (failure.kind === 'missingItem') {
    const item = formatPath([...failure.at, failure.index]);
    if (failure.length === 0) return `${owner} has no ${item}: ${at} is empty or not there (give the whole list as JSON in a ${at} column)`;
    const range = failure.length === 1 ? `only ${formatPath([...failure.at, 0])}` : `${formatPath([...failure.at, 0])} to ${formatPath([...failure.at, failure.length - 1])}`;
    return `${owner} has no ${item}: its ${at} ${failure.length === 1 ? 'is' : 'are'} ${range}`;
  }
  const what = Array.isArray(failure.value) ? 'a list' : isContainer(failure.value) ? 'an object' : `the value ${JSON.stringify(failure.value)}`;
  const next = typeof failure.next === 'number' ? `no item [${failure.next}]` : `no field "${failure.next}"`;
  return `${at} in ${owner} is ${what}, which has ${next}; set ${at} itself`;
}
