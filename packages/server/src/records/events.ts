import type { EventsPayload } from '@situ/core/payload';
import type { Storage } from '../storage/storage';

/** What the receiver answers to a batch of events. */
export interface EventsReceipt {
  accepted: number;
}

/**
 * Stores a batch of events. With a key, a batch is stored once: a repeat answers the first
 * receipt (`replayed`). Without one, every request is stored.
 */
export async function saveEvents(storage: Storage, batch: EventsPayload, key: string | null): Promise<{ receipt: EventsReceipt; replayed: boolean }> {
  const receipt: EventsReceipt = { accepted: batch.events.length };
  return storage.transaction(async (tx) => {
    if (key) {
      const inserted = await tx.query('insert into situ_event_batches (id, receipt) values ($1, $2::jsonb) on conflict (id) do nothing returning id', [
        key,
        JSON.stringify(receipt),
      ]);
      if (inserted.rows.length === 0) {
        const { rows } = await tx.query<{ receipt: EventsReceipt }>('select receipt from situ_event_batches where id = $1', [key]);
        return { receipt: rows[0]?.receipt ?? receipt, replayed: true };
      }
    }
    for (const event of batch.events) {
      await tx.query('insert into situ_events (batch_id, site, name, at, data) values ($1, $2, $3, $4, $5::jsonb)', [
        key,
        batch.site,
        event.name,
        event.at,
        event.data === undefined ? null : JSON.stringify(event.data),
      ]);
    }
    return { receipt, replayed: false };
  });
}
