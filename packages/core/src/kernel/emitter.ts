/** A listener for one event. */
export type Listener<T> = (payload: T) => void;

/** A small typed event emitter whose listeners cannot break each other or the emitter. */
export interface Emitter<Events extends Record<string, unknown>> {
  /** Adds a listener. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void;
  /** Removes a listener added with `on`. */
  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void;
  /** Calls each listener of `event`; one that throws is reported to `onListenerError`. */
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  /** Removes every listener. */
  clear(): void;
}

/** Creates an emitter; a throwing listener is handed to `onListenerError` and the rest still run. */
export function createEmitter<Events extends Record<string, unknown>>(
  onListenerError: (error: unknown, event: keyof Events) => void,
): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<Listener<never>>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as Listener<never>);
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener as Listener<never>);
    },
    emit(event, payload) {
      const set = listeners.get(event);
      if (!set) return;
      for (const listener of [...set]) {
        try {
          (listener as Listener<typeof payload>)(payload);
        } catch (error) {
          try {
            onListenerError(error, event);
          } catch {
            // Whatever it threw, the other listeners still run.
          }
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
