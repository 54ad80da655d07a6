export { createSitu, attachSitu } from './createSitu';
export type { Situ, SituOptions } from './createSitu';
export { HelpHub } from './views/HelpHub';
export { mountHost } from './mount/host';
export type { Host, MountOptions } from './mount/host';
export type { Launcher } from './mount/launcher';
export { browserPlatform } from './platform/browserPlatform';
export type { SituCommands, SituEvents, SituEventName, Engine, Config, Article, Page, Step, HubView } from '@situ/core';
