// Compile-time checks of the public types (run by `tsc` in every build): a misspelt config
// field, event or command is a type error for an npm consumer.
import type { Config, SituCommands, SituEvents } from './index';
const ok: Config = { version: 1, pages: [{ id: 'p', match: '/p', articles: ['a'], hints: [{ id: 'h', target: '#x', body: 'b' }], steps: [{ id: 's', moment: 'anxious' }] }], theme: { accent: '#000' }, categories: [] };
// @ts-expect-error misspelt field
const bad: Config = { version: 1, pagez: [] };
// @ts-expect-error wrong page field
const bad2: Config = { version: 1, pages: [{ id: 'p', match: '/p', hintz: [] }] };
declare const c: SituCommands;
c.on('article:view', (e) => e.title);
// @ts-expect-error misspelt event
c.on('artcle:view', () => {});
c.step('x');
// @ts-expect-error unknown command
c.stepp('x');
export type LinkPayload = SituEvents['link'];
export { ok, bad, bad2 };
