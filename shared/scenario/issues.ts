/**
 * Turns zod issues into messages people can act on: the JSON path first, then what is wrong
 * and what is allowed, e.g. `threats[0].frequency.high must be >= low (low is 5, high is 2)`.
 */
import type * as z from 'zod';
import { ALLOWED_FIELDS_PREFIX } from './strict';

export type ScenarioError = Readonly<{ path: string; message: string }>;

/** `threats[0].frequency.high` from ['threats', 0, 'frequency', 'high']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return String(value);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
  int: 'a whole number',
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The allowed name closest to `name` (a few edits away at most), for "did you mean" hints. */
export function nearest(name: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function bound(value: unknown): string {
  return typeof value === 'bigint' || typeof value === 'number' ? String(value) : String(value);
}

function messagesFor(issue: z.core.$ZodIssue, root: unknown): ScenarioError[] {
  const path = formatPath(issue.path);
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (got === undefined) return [{ path, message: 'is required' }];
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ path, message: `must be ${expected} (got ${describeValue(got)})` }];
    }
    case 'too_small': {
      if (issue.origin === 'array') return [{ path, message: `must have at least ${bound(issue.minimum)} item(s)` }];
      if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
      const op = issue.inclusive ? '>=' : '>';
      return [{ path, message: `must be ${op} ${bound(issue.minimum)} (got ${describeValue(got)})` }];
    }
    case 'too_big': {
      if (issue.origin === 'array') return [{ path, message: `must have at most ${bound(issue.maximum)} item(s)` }];
      if (issue.origin === 'string') return [{ path, message: `must be at most ${bound(issue.maximum)} characters long` }];
      const op = issue.inclusive ? '<=' : '<';
      return [{ path, message: `must be ${op} ${bound(issue.maximum)} (got ${describeValue(got)})` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      if (got === undefined) return [{ path, message: `is required: one of ${allowed}` }];
      const suggestion = typeof got === 'string' ? nearest(got, issue.values.map(String)) : undefined;
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      return [{ path, message: `must be one of: ${allowed} (got ${describeValue(got)}).${hint}` }];
    }
    case 'unrecognized_keys': {
      const allowed = issue.message.startsWith(ALLOWED_FIELDS_PREFIX)
        ? issue.message.slice(ALLOWED_FIELDS_PREFIX.length).split(',')
        : [];
      return issue.keys.map((key) => {
        const suggestion = nearest(key, allowed);
        const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
        return {
          path: formatPath([...issue.path, key]),
          message: `is not a known field (${hint}allowed here: ${allowed.join(', ')})`,
        };
      });
    }
    case 'invalid_format':
    case 'custom':
      return [{ path, message: issue.message }];
    case 'not_multiple_of':
      return [{ path, message: `must be a multiple of ${bound(issue.divisor)} (got ${describeValue(got)})` }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Every issue as a path-named message, in document order, without duplicates. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], root: unknown): ScenarioError[] {
  const seen = new Set<string>();
  const out: ScenarioError[] = [];
  for (const issue of issues) {
    for (const error of messagesFor(issue, root)) {
      const key = `${error.path}\u0000${error.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(error);
      }
    }
  }
  return out;
}

/** `threats[0].frequency.high must be >= low`: one line per error. */
export function errorToText(error: ScenarioError): string {
  return error.path === '' ? `the file ${error.message}` : `${error.path} ${error.message}`;
}
