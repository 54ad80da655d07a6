import type { Channel } from '@situ/core';

/**
 * The ways to a person that work without Situ's contact flow: each phone channel as a `tel:`
 * link, each email channel as a `mailto:` link, phone first.
 */
export function PeopleLinks({ channels, label }: { channels: readonly Channel[]; label: (channel: Channel) => string }) {
  const people = [...channels.filter((c) => c.kind === 'phone' && c.number), ...channels.filter((c) => c.kind === 'email' && c.address)];
  if (people.length === 0) return null;
  return (
    <ul class="people" data-situ="people">
      {people.map((c) => (
        <li key={c.id}>
          <a href={c.kind === 'phone' ? `tel:${c.number!.replace(/[^\d+]/g, '')}` : `mailto:${c.address}`}>{label(c)}</a>
        </li>
      ))}
    </ul>
  );
}
