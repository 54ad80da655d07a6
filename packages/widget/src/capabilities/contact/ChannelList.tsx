import { reactive } from '../../shell/reactive';
import type { Engine, RoutedChannel } from '@situ/core';
import { opensWhen } from './when';

/**
 * The channels, best first, each with why: open now or when it opens (a closed channel is shown,
 * never hidden), and what it is best for.
 */
export const ChannelList = reactive(function ChannelList({ engine, routed, onChoose }: { engine: Engine; routed: readonly RoutedChannel[]; onChoose: (id: string) => void }) {
  const t = engine.state.t.value as (key: string, params?: Record<string, string | number>) => string;
  const locale = engine.state.locale.value;
  return (
    <ul class="list" data-situ="channels">
      {routed.map(({ channel, open, opens, reasons }) => {
        const why = reasons
          .filter((r) => r.code !== 'open' && r.code !== 'closed' && r.code !== 'any-time')
          .map((r) => t(`contact.reason.${r.code}`))
          .slice(0, 1);
        const state = open
          ? t(`contact.reason.${channel.hours ? 'open' : 'any-time'}`)
          : opens
            ? `${t('contact.reason.closed')} · ${t('contact.opens', { when: opensWhen(opens, Date.now(), locale, t) })}`
            : t('contact.reason.closed');
        return (
          <li key={channel.id}>
            <button
              type="button"
              class="item channel"
              data-situ="channel"
              data-channel={channel.id}
              aria-disabled={open ? undefined : 'true'}
              onClick={() => open && onChoose(channel.id)}
            >
              <span class="item-title">{channel.label ?? t(`contact.kind.${channel.kind}`)}</span>
              <span class="channel-why">
                <span class={open ? 'open' : undefined}>{state}</span>
                {why.length > 0 && ` · ${why.join(' · ')}`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
