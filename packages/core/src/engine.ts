import { capabilities, type Capabilities } from './capabilities';
import type { FieldsOf, HelpOf, MessageKeysOf, ResolvedOf } from './kernel/capability';
import { createKernel, type AllEvents, type Commands, type Kernel } from './kernel/kernel';
import type { Platform } from './platform/platform';
import type { Page as PageBase, Step as StepBase } from './capabilities/page/page';
import type { PatternSource } from './capabilities/page/urlPattern';
import type { Translate } from './capabilities/i18n/translate';

/** One Situ engine: the kernel composed from Situ's capabilities. */
export type Engine = Kernel<Capabilities>;

/** Creates an engine on a platform. Nothing happens until `init`. */
export function createEngine(platform: Platform): Engine {
  return createKernel(platform, capabilities);
}

/** The commands of this version: `Situ('name', ...args)` in a page, `situ.name(...args)` from npm. */
export type SituCommands = Commands<Capabilities>;
/** The name of a command. */
export type CommandName = keyof SituCommands & string;
/** The events Situ emits, each with its payload. */
export type SituEvents = AllEvents<Capabilities>;
/** The name of a Situ event. */
export type SituEventName = keyof SituEvents & string;
/** Read-only state: every capability's signals. */
export type EngineState = Engine['state'];
/** The config with every default resolved. */
export type ResolvedConfig = ResolvedOf<Capabilities>;
/** A key of a built-in message. */
export type MessageKey = MessageKeysOf<Capabilities>;
/** The translator, typed with every message key. */
export type SituTranslate = Translate<MessageKey>;

type Help = HelpOf<Capabilities>;
/** One step of a page's flow, as written in the config. */
export type StepConfig = Omit<StepBase, string> & { id: string; when?: string } & Help;
/** One page of the site, as written in the config. */
export type PageConfig = { id: string; match: PatternSource | PatternSource[]; title?: string; steps?: StepConfig[] } & Help;

/** The config as written in JSON: every capability's fields. A misspelt field is a type error. */
export type Config = Omit<FieldsOf<Capabilities>, 'pages'> & {
  /** Always 1 in this version. */
  version: 1;
  /** Site id, which keeps this site's stored data apart. */
  site?: string;
  /** Selectors whose values never leave the page; whether query strings are kept. */
  privacy?: { redact?: string[]; query?: 'strip' | 'keep' };
  /** The pages, matched in order. */
  pages?: PageConfig[];
};
export type { PageBase as Page, StepBase as Step };
