export { createSitu, attachSitu } from './createSitu';
export type { Situ, SituOptions } from './createSitu';
export { HelpHub } from './shell/HelpHub';
export { mountHost } from './mount/host';
export type { Host, MountOptions } from './mount/host';
export type { Launcher } from './mount/launcher';
export { browserPlatform } from './platform/browserPlatform';
export type { ViewProps, ViewEntry } from './shell/views';
export type {
  SituCommands,
  SituEvents,
  SituEventName,
  EngineState,
  Config,
  PageConfig,
  StepConfig,
  Article,
  HubView,
} from '@situ/core';
