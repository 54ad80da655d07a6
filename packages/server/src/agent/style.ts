/** The agent view's stylesheet, served at `/agent/style.css` (so the CSP can forbid inline style). */
export const AGENT_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --bg: #f6f7f9; --card: #fff; --line: #d8dde3; --accent: #0b5cad; --warn: #9a3b00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ed; --muted: #a4adb8; --bg: #14171b; --card: #1d2126; --line: #333a42; --accent: #7db7f0; --warn: #f0a070; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
header.top { display: flex; gap: 1rem; align-items: center; justify-content: space-between; padding: .75rem 1rem; background: var(--card); border-bottom: 1px solid var(--line); }
header.top .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
form.search { display: flex; gap: .5rem; flex-wrap: wrap; align-items: end; margin-bottom: 1rem; }
form.search label { display: flex; flex-direction: column; flex: 1 1 12rem; font-weight: 600; }
input, select, button { font: inherit; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: .4rem; background: var(--card); color: var(--fg); }
button { background: var(--accent); border-color: var(--accent); color: #fff; cursor: pointer; }
header.top button { background: transparent; color: var(--accent); }
ul.cases { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; }
ul.cases a { display: block; padding: .75rem 1rem; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; text-decoration: none; color: var(--fg); }
ul.cases a:hover, ul.cases a:focus-visible { border-color: var(--accent); }
.line { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.ref { font: 700 1.05rem/1.2 ui-monospace, SFMono-Regular, Menlo, monospace; letter-spacing: .05em; }
.muted { color: var(--muted); font-size: .9rem; }
.excerpt { margin: .35rem 0 0; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; border: 1px solid var(--line); font-size: .8rem; }
.badge.high { border-color: var(--warn); color: var(--warn); }
section.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .9rem 1rem; margin-bottom: .8rem; }
dl { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: .25rem 1rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.message { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: inherit; }
ol, ul.plain { margin: 0; padding-left: 1.25rem; }
li + li { margin-top: .2rem; }
code { font-size: .85em; overflow-wrap: anywhere; }
.none { color: var(--warn); font-weight: 600; }
.error { color: var(--warn); font-weight: 600; }
form.login { display: grid; gap: .6rem; max-width: 22rem; }
form.status { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-top: .9rem; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dt { margin-top: .35rem; } main { padding: .75rem; } }
`;
