/** A view of the help hub: its name, and for a view such as `article:<id>` its argument. */
export interface HubView {
  /** The view's name (`home`, `search`, `article`, or one a capability adds). */
  name: string;
  /** The argument after the colon (`article:<id>`), if the view takes one. */
  id?: string;
}

/**
 * Parses a view name against the views the capabilities provide: `home`, or `article:<id>`
 * where a capability declares `article:`. Null for anything else.
 */
export function parseView(name: string, known: readonly string[]): HubView | null {
  const colon = name.indexOf(':');
  if (colon < 0) return known.includes(name) ? { name } : null;
  const head = name.slice(0, colon);
  const id = name.slice(colon + 1);
  return id && known.includes(`${head}:`) ? { name: head, id } : null;
}

/** Lists views for a message: `"home", "search" or "article:<id>"`. */
export function describeViews(known: readonly string[]): string {
  const names = known.map((k) => (k.endsWith(':') ? `"${k}<id>"` : `"${k}"`));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

/** True when two views are the same view. */
export function sameView(a: HubView, b: HubView): boolean {
  return a.name === b.name && a.id === b.id;
}
