import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

/** A class of a library, and the methods of it the hub never calls. */
export interface Unused {
  /** The library's module, by file path. */
  file: RegExp;
  /** The class's name in that module. */
  className: string;
  /** Methods, getters and static methods to leave out. */
  methods: readonly string[];
}

/**
 * MiniSearch is one class, so the bundler keeps every method of it, used or not. The hub adds
 * documents and searches; it never removes, replaces, vacuums, suggests, serialises or loads an
 * index (docs/decisions.md, "Search at scale"). Leaving those methods out, and the module's
 * functions only they use, makes minisearch about a third smaller in the hub.
 */
export const MINISEARCH_UNUSED: Unused = {
  file: /[\\/]minisearch[\\/]dist[\\/]es[\\/]index\.js$/,
  className: 'MiniSearch',
  methods: [
    'addAllAsync',
    'remove',
    'removeAll',
    'discard',
    'discardAll',
    'maybeAutoVacuum',
    'replace',
    'vacuum',
    'conditionalVacuum',
    'performVacuuming',
    'vacuumConditionsMet',
    'isVacuuming',
    'dirtCount',
    'dirtFactor',
    'getStoredFields',
    'autoSuggest',
    'termCount',
    'loadJSON',
    'loadJSONAsync',
    'loadJS',
    'loadJSAsync',
    'instantiateMiniSearch',
    'getDefault',
    'toJSON',
    'removeFieldLength',
  ],
};

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Calls `visit` on every node of the tree under `node`. */
function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  visit(node as Node);
  for (const value of Object.values(node)) if (typeof value === 'object') walk(value, visit);
}

/** The class named `name` in a module's tree. */
function findClass(tree: unknown, name: string): Node | undefined {
  let found: Node | undefined;
  walk(tree, (n) => {
    if ((n.type === 'ClassDeclaration' || n.type === 'ClassExpression') && (n.id as { name?: string } | null)?.name === name) found ??= n;
  });
  return found;
}

/** The names read as properties anywhere in a module's code (`x.name`, `this.name`). */
function propertiesRead(tree: unknown): Set<string> {
  const names = new Set<string>();
  walk(tree, (n) => {
    const property = n.property as { type?: string; name?: string } | undefined;
    if (n.type === 'MemberExpression' && !n.computed && property?.type === 'Identifier') names.add(property.name!);
  });
  return names;
}

/**
 * Leaves out methods of a library's class that the hub never calls. The build fails rather than
 * guess: when the class or a listed method is not there (the library changed), or when the code
 * left still names a method that went (something does call it after all).
 */
export function stripUnusedMethods(unused: Unused): Plugin {
  return {
    name: 'situ:strip-unused-methods',
    transform(code, id) {
      if (!unused.file.test(id)) return null;
      const found = findClass(parseAst(code), unused.className);
      if (!found) throw new Error(`strip-unused-methods: no class ${unused.className} in ${id}`);
      const members = (found.body as { body: Node[] }).body.filter((m) => m.type === 'MethodDefinition' && !m.computed);
      const s = new MagicString(code);
      for (const name of unused.methods) {
        const member = members.find((m) => (m.key as { name?: string }).name === name);
        if (!member) throw new Error(`strip-unused-methods: ${unused.className} has no method "${name}" any more; update the list`);
        s.remove(member.start, member.end);
      }
      const left = s.toString();
      const read = propertiesRead(parseAst(left));
      for (const name of unused.methods) {
        if (read.has(name)) throw new Error(`strip-unused-methods: ${unused.className}.${name} was left out, but ${id} still uses it`);
      }
      return { code: left, map: s.generateMap({ hires: true }) };
    },
  };
}
