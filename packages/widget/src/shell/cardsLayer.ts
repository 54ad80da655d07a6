import { effect, untracked } from '@situ/core';
import { askLayer } from '../capabilities/ask/askLayer';
import { confirmLayer } from '../capabilities/confirm/confirmLayer';
import { reassureLayer } from '../capabilities/reassure/reassureLayer';
import type { Layer } from './layers';

/**
 * Reassurance, confirmation and the question before an action: one lazy chunk (they share the
 * dock and the stylesheet), each part starting once its capability's part in core has loaded.
 */
export const cardsLayer: Layer = (ctx) => {
  const { api } = ctx.engine;
  const parts = [
    [api.reassure.reassurance, reassureLayer],
    [api.confirm.confirmations, confirmLayer],
    [api.ask.questions, askLayer],
  ] as const;
  const stops = parts.map(([lazy, start]) => effect(() => (lazy.part.value ? untracked(() => start(ctx)) : undefined)));
  return () => stops.forEach((stop) => stop());
};
