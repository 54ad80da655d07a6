/** A view of the help hub. */
export type HubView = { name: 'home' } | { name: 'search' } | { name: 'article'; id: string };

/** The views `open(view)` accepts in this version, as strings: `home`, `search`, `article:<id>`. */
export type HubViewName = 'home' | 'search' | `article:${string}`;

/** Parses `home`, `search` or `article:<id>`; null for anything else. */
export function parseView(name: string): HubView | null {
  if (name === 'home' || name === 'search') return { name };
  if (name.startsWith('article:') && name.length > 'article:'.length) return { name: 'article', id: name.slice(8) };
  return null;
}
