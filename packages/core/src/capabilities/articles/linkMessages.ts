/**
 * The question asked before a link from the help leaves a page holding typed input. Kept apart
 * from `en` so that they load with the question (a lazy chunk); the config can override them
 * like any other message.
 */
export const linkMessages = {
  'link.unsaved': 'You have typed details on this page that are not saved yet. Leaving the page may lose them.',
  'link.newTab': 'Open in a new tab',
  'link.leave': 'Leave this page',
  'link.stay': 'Stay here',
};
