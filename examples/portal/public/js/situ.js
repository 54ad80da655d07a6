// Calls Situ from the portal's own scripts, before or after situ.js has loaded: the same stub
// as the install snippet, so early calls queue and run in order once it arrives.
const win = window;
win.Situ = win.Situ || function () { (win.Situ.q = win.Situ.q || []).push(arguments); };

/** `situ('confirm', {...})` is `Situ('confirm', {...})`; returns what Situ returns. */
export const situ = (...args) => win.Situ(...args);
