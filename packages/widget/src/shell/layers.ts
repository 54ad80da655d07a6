import type { Engine, LazyPart } from '@situ/core';
import type { Host } from '../mount/host';

/** What a page layer is given when it starts. */
export interface LayerContext {
  /** The engine: read `engine.state`, call `engine.api`. */
  engine: Engine;
  /** Situ's host: its shadow root holds cards and dialogs. */
  host: Host;
}

/** A layer of help on the page itself (hints, cards, dialogs); returns the function that removes it. */
export type Layer = (ctx: LayerContext) => () => void;

/**
 * Page layers, each a lazy chunk of its own that starts once one of its capabilities' lazy parts
 * in core has loaded (a page with hints, a `confirm()` call). A capability with a layer adds a
 * line (or a part to a line).
 */
export const layers: readonly { parts(engine: Engine): LazyPart<unknown>[]; load(): Promise<Layer> }[] = [
  { parts: (e) => [e.api.hints.hintList], load: () => import('../capabilities/hints/hintLayer').then((m) => m.hintLayer) },
  {
    parts: (e) => [e.api.reassure.reassurance, e.api.confirm.confirmations, e.api.ask.questions],
    load: () => import('./cardsLayer').then((m) => m.cardsLayer),
  },
];
