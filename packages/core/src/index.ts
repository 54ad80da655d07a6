export { createEngine } from './engine';
export type {
  Engine,
  EngineState,
  SituCommands,
  CommandName,
  SituEvents,
  SituEventName,
  ResolvedConfig,
  MessageKey,
  SituTranslate,
  Config,
  PageConfig,
  StepConfig,
  Page,
  Step,
} from './engine';
export { capabilities } from './capabilities';
export type { Capabilities } from './capabilities';
export { createKernel } from './kernel/kernel';
export type { Kernel, KernelEvents, KernelCommands, Commands, AllEvents } from './kernel/kernel';
export { defineCapability, payload } from './kernel/capability';
export type {
  Capability,
  AnyCapability,
  Context,
  ConfigFragment,
  BaseConfig,
  StateOf,
  StatesOf,
  ApisOf,
  CommandsOf,
  EventsOf,
} from './kernel/capability';
export { expect as expectArgument, BadArgument } from './kernel/expect';
export { SituError, isSituError } from './kernel/errors';
export { safeString, describe, clip } from './util/safeString';
export type { SituErrorCode } from './kernel/errors';
export type { Listener } from './kernel/emitter';
export type { Platform, KeyValueStore, PersistentStore, Timers, FetchOptions, Delivery, PostAnswer, PostOptions } from './platform/platform';
export { FETCH_TIMEOUT_MS, httpError } from './platform/platform';
export { createMemoryPlatform } from './platform/memoryPlatform';
export type { MemoryPlatform } from './platform/memoryPlatform';
export { buildSchema, validateConfig } from './config/schema';
export { stampOf, isChecked, STAMP_SCHEMA } from './config/stamp';
export { articlesStampOf, isArticlesFileChecked, STAMP_BLOCK } from './config/articlesStamp';
export { validate, formatPath } from './config/validate';
export type { ConfigProblem, ValidationResult } from './config/validate';
export type { SchemaChecks } from './config/fields';
export { defaultTheme } from './capabilities/theme/defaultTheme';
export type { ResolvedTheme } from './capabilities/theme/defaultTheme';
export type { Theme } from './capabilities/theme/config';
export { deriveColors, contrast, luminance, readableOn, parseRgb, rgb } from './capabilities/theme/colors';
export type { DerivedColors, Rgb } from './capabilities/theme/colors';
export type { Article, ArticlesApi } from './capabilities/articles/articles';
export type { LoadStatus } from './capabilities/articles/articleStore';
export type { Suggestions, SuggestionSource } from './capabilities/articles/suggest';
export type { LinkAction, LinkEvent } from './capabilities/articles/followLink';
export { ARTICLE_HASH } from './capabilities/articles/followLink';
export { validateArticles } from './capabilities/articles/config';
export { formatArticlesFile } from './capabilities/articles/formatArticlesFile';
export { readArticlesFile } from './capabilities/articles/readArticlesFile';
export { linkMessages } from './capabilities/articles/linkMessages';
export type { HubApi } from './capabilities/hub/hub';
export { parseView } from './capabilities/hub/view';
export type { HubView } from './capabilities/hub/view';
export type { ReadingApi, ArticleView } from './capabilities/reading/reading';
export type { SearchApi, SearchState } from './capabilities/search/search';
export { SEARCH_SETTLE_MS, MIN_QUERY, normalizeQuery } from './capabilities/search/search';
export { SearchIndex, SEARCH_LIMIT, indexOptions } from './capabilities/search/searchIndex';
export { SLICE_MS } from './util/yieldToPage';
export type { SearchHit } from './capabilities/search/searchIndex';
export type { PageApi, StepEvent } from './capabilities/page/page';
export type { JourneyApi } from './capabilities/journey/journey';
export type { Journey } from './capabilities/journey/recordJourney';
export type { JourneyEntry } from './capabilities/journey/journeyEntries';
export type { VisitorApi, Visitor } from './capabilities/visitor/visitor';
export type { I18nApi } from './capabilities/i18n/i18n';
export { createTranslate } from './capabilities/i18n/translate';
export type { Translate, MessageOverrides, MessageParams } from './capabilities/i18n/translate';
export type { Category, Channel, ContactApi, ContactEvents, ContactResultEvent } from './capabilities/contact/contact';
export type { ContactFlow, ContactPrefill, ContactStep, ContactResult, DraftField } from './capabilities/contact/flow';
export type { ContextPart } from './capabilities/contact/buildPayload';
export type { RouteInput, RouteRequest, RouteReason, RouteRule, RoutedChannel, ResolvedCategory } from './capabilities/contact/route';
export type { Opening } from './capabilities/contact/hours';
export type { ContactPayload, ContactContext, ContactReceipt } from './capabilities/contact/payload';
export type { OutboxApi } from './capabilities/outbox/outbox';
export type { Outbox, Outcome, Outgoing } from './capabilities/outbox/sender';
export type { OutboxEntry } from './capabilities/outbox/entries';
export type { HintsApi, HintShowEvent } from './capabilities/hints/hints';
export type { HintList } from './capabilities/hints/hintList';
export type { Hint, HintOptions, HintTrigger, HintPlacement } from './capabilities/hints/hint';
export { toHint, TRIGGERS, PLACEMENTS } from './capabilities/hints/hint';
export { nextOpen, openAtFirst } from './capabilities/hints/trigger';
export type { HintEvent } from './capabilities/hints/trigger';
export type { ReassureApi, ReassureOptions, ReassureShowEvent } from './capabilities/reassure/reassure';
export type { ReassurePart, Reassurance, Moment } from './capabilities/reassure/reassurance';
export type { ConfirmApi, ConfirmOptions, ConfirmShowEvent } from './capabilities/confirm/confirm';
export type { ConfirmPart, Confirmation } from './capabilities/confirm/confirmations';
export type { AskApi, AskOptions } from './capabilities/ask/ask';
export type { AskPart, Question } from './capabilities/ask/question';
export { activityRecord, activityKey, ACTIVITY_LIMIT } from './activity/activity';
export type { ActivityEntry, ActivityRecord } from './activity/activity';
export type { LazyPart } from './kernel/lazyPart';
export { hintMessages } from './capabilities/hints/messages';
export { reassureMessages } from './capabilities/reassure/messages';
export { confirmMessages } from './capabilities/confirm/messages';
export { askMessages } from './capabilities/ask/messages';
export { effect, computed, signal, batch, untracked } from '@preact/signals-core';
export type { ReadonlySignal, Signal } from '@preact/signals-core';
