/**
 * `@situ/core/payload`: the contact, feedback and events payloads, for a receiver. Only valibot
 * comes with it, not the engine.
 */
export {
  contactPayload,
  feedbackPayload,
  eventsPayload,
  checkPayload,
  contactId,
  referenceCode,
  CHANNEL_KINDS,
  MAX_MESSAGE,
} from './capabilities/contact/payload';
export type { ContactPayload, ContactContext, FeedbackPayload, EventsPayload, ContactReceipt, PayloadProblem } from './capabilities/contact/payload';
