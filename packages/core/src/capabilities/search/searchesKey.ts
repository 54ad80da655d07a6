/** The session key of the searches a contact carries: `situ:<site>:searches`, the last `SEARCHES_KEPT`. */
export const SEARCHES_KEY = 'searches';
/** How many settled searches a contact carries. */
export const SEARCHES_KEPT = 20;
