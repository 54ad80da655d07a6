import * as v from 'valibot';
import { isRecord } from '../util/isRecord';
import { plainData } from './plainData';

/** One thing wrong in a config, with where it is (`pages[2].match`). */
export interface ConfigProblem {
  /** Where: a path such as `pages[2].hints[0].target`, or `(config)` for the whole. */
  path: string;
  /** What was expected there. */
  message: string;
}

/** The outcome of validation: what could be kept, and every problem found. */
export interface ValidationResult<T> {
  /** The valid parts: invalid list entries dropped, invalid optional fields removed. */
  config: T;
  /** Every problem, each with its path. Empty when the config is valid. */
  problems: ConfigProblem[];
}

type Key = string | number;

/** Formats a valibot issue path as `pages[2].match`. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out || '(config)';
}

function issuePath(issue: v.BaseIssue<unknown>): Key[] {
  return (issue.path ?? []).map((item) => item.key as Key);
}

/**
 * Validates a config and keeps what is valid. Every problem is reported by path; then the
 * smallest part that holds each problem is dropped (the list entry nearest to it, or an
 * optional field) so the rest of the help still works.
 */
export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  empty: T,
  repair?: (draft: Record<string, unknown>) => void,
): ValidationResult<T> {
  // Plain data first: nothing the page did to Object.prototype or Array.prototype reaches it.
  const { value: data, problems: unreadable } = plainData(input);
  const first = v.safeParse(schema, data, { abortEarly: false });
  if (first.success && unreadable.length === 0) return { config: first.output, problems: [] };
  const issues = first.success ? [] : first.issues;

  // In path order, so a long list reads like the config it describes.
  const problems = dedupe([...unreadable, ...issues.map((issue) => ({ path: formatPath(issuePath(issue)), message: describeIssue(issue) }))]).sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  if (first.success) return { config: first.output, problems };
  if (!isRecord(data)) return { config: empty, problems };

  // Prune and re-validate: each round removes the parts that hold the remaining issues.
  let draft: unknown = plainData(data).value;
  if (isRecord(draft)) repair?.(draft);
  for (let round = 0; round < 8; round++) {
    const result = v.safeParse(schema, draft, { abortEarly: false });
    if (result.success) return { config: result.output, problems };
    for (const issue of result.issues) prune(draft, issuePath(issue));
    compact(draft);
  }
  return { config: empty, problems };
}

/**
 * Removes the part of `root` that holds a problem at `path`: a field that is there but invalid
 * goes alone (an optional field is then simply absent); a list entry missing a required field
 * goes whole. A required field removed in one round is seen missing in the next.
 */
function prune(root: unknown, path: Key[]): void {
  if (path.length === 0) return;
  const last = path[path.length - 1]!;
  const parent = walk(root, path.slice(0, -1));
  const value = walk(root, path);
  if (typeof last === 'number' && Array.isArray(parent)) {
    parent[last] = PRUNED;
    return;
  }
  if (value !== undefined && isRecord(parent)) {
    delete parent[last as string];
    return;
  }
  // Missing and required: drop the nearest list entry that holds it (an article, a page, a hint).
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== 'number') continue;
    const list = walk(root, path.slice(0, i));
    if (Array.isArray(list)) list[path[i] as number] = PRUNED;
    return;
  }
  // Outside any list (a required field of `theme`, say): drop the top-level field.
  if (isRecord(root) && path.length > 1) delete root[path[0] as string];
}

const PRUNED = Symbol('pruned');

function walk(root: unknown, path: Key[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** Drops the placeholders left by pruning, once all removals of a round are done. */
function compact(node: unknown): void {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i--) if (node[i] === PRUNED) node.splice(i, 1);
    node.forEach(compact);
  } else if (isRecord(node)) {
    Object.values(node).forEach(compact);
  }
}

/** valibot's own wording for a missing or unknown key is terse; these say what to do. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field; check its spelling';
  if (issue.received === 'undefined' && issue.expected?.startsWith('"')) return 'required, but missing';
  return issue.message;
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}


