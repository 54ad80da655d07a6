import type { Engine } from '@situ/core';

/**
 * The engine behind each `Situ` instance, for Situ's own components (`HelpHub`). The public
 * instance exposes only read-only state; views reach the capabilities' methods through this.
 */
export const engines = new WeakMap<object, Engine>();
