import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** Markup made by `html`: every value put in it was escaped, so a visitor's text stays text. */
export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The page around every agent view. */
export function layout(base: string, title: string, body: Markup, signedIn: boolean): Markup {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · Situ agent view</title>
<link rel="stylesheet" href="${base}/agent/style.css">
</head>
<body>
<header class="top">
<a class="brand" href="${base}/agent">Situ · contacts</a>
${signedIn ? html`<form method="post" action="${base}/agent/logout"><button type="submit">Sign out</button></form>` : ''}
</header>
<main>
${body}
</main>
</body>
</html>`;
}

/** `2026-11-22T10:15:00.000Z` → `2026-11-22 10:15 UTC`. */
export function when(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
