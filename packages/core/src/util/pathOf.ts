/** The path of a URL (`/claims/new`), or the text itself when it is no URL. */
export function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return href;
  }
}
