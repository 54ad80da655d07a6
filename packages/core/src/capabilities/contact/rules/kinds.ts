import type { Channel } from '../contact';

/*
 * The groups of channel kinds the rules speak of. A phone or a chat reaches a person now; a
 * callback reaches one soon; a form or an email is written and read later.
 */

/** Phone and chat: a person now, while open. */
export const isImmediate = (channel: Channel): boolean => channel.kind === 'phone' || channel.kind === 'chat';

/** Form and email: written, answered later. */
export const isWritten = (channel: Channel): boolean => channel.kind === 'form' || channel.kind === 'email';

/** Form, email and chat: what a visitor can do by typing, at their own pace. */
export const isDigital = (channel: Channel): boolean => isWritten(channel) || channel.kind === 'chat';
