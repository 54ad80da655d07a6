import * as v from 'valibot';
import { isRecord } from '../util/isRecord';
import { createSchema, type Article, type Config, type SchemaChecks } from './schema';

/** One thing wrong in a config, with where it is (`pages[2].match`). */
export interface ConfigProblem {
  /** Where: a path such as `pages[2].hints[0].target`, or `(config)` for the whole. */
  path: string;
  /** What was expected there. */
  message: string;
}

/** The outcome of validation: what could be kept, and every problem found. */
export interface ValidationResult {
  /** The valid parts: invalid list entries dropped, invalid optional fields removed. */
  config: Config;
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
export function validateConfig(input: unknown, checks: SchemaChecks): ValidationResult {
  const schema = createSchema(checks);
  const first = v.safeParse(schema, input, { abortEarly: false });
  if (first.success) return { config: first.output, problems: [] };

  const problems = dedupe(first.issues.map((issue) => ({ path: formatPath(issuePath(issue)), message: describeIssue(issue) })));
  if (!isRecord(input)) return { config: { version: 1 }, problems };

  // Prune and re-validate: each round removes the parts that hold the remaining issues.
  let draft: unknown = structuredCloneJson(input);
  if (isRecord(draft) && draft.version !== 1) draft.version = 1;
  for (let round = 0; round < 8; round++) {
    const result = v.safeParse(schema, draft, { abortEarly: false });
    if (result.success) return { config: result.output, problems };
    for (const issue of result.issues) prune(draft, issuePath(issue));
    compact(draft);
  }
  return { config: { version: 1 }, problems };
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


function structuredCloneJson(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x));
}

/** Validates articles fetched from `articlesUrl`; invalid ones are dropped and reported. */
export function validateArticles(list: unknown, checks: SchemaChecks): { articles: Article[]; problems: ConfigProblem[] } {
  const { config, problems } = validateConfig({ version: 1, articles: list }, checks);
  return { articles: config.articles ?? [], problems };
}
