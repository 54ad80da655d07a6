// Calls Situ from the portal's own scripts, before or after situ.js has loaded: the same stub
// as the install snippet, so early calls queue and run in order once it arrives.
const win = window;
win.Situ = win.Situ || function () { (win.Situ.q = win.Situ.q || []).push(arguments); };

/** `situ('confirm', {...})` is `Situ('confirm', {...})`; returns what Situ returns. */
export const situ = (...args) => win.Situ(...args);

/**
 * Asks the visitor before an action with consequences: Situ's question once situ.js has run
 * (`Situ.loaded`), else (Situ blocked or not there yet, or it could not ask) the browser's own
 * confirm. Never a yes by default: the stub would queue the question and lose its answer.
 */
export async function ask(options) {
  const answer = win.Situ.loaded === true ? await win.Situ('ask', options) : undefined;
  return answer === undefined ? win.confirm([options.title, options.body].filter(Boolean).join('\n\n')) : answer === true;
}
