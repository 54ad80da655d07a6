import { signal, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability } from '../../kernel/capability';
import { expect, isId } from '../../kernel/expect';
import { isRecord } from '../../util/isRecord';

/** The signed-in visitor, as the host knows them. */
export interface Visitor {
  /** The host's id for the visitor. */
  id: string;
  /** Display name. */
  name?: string;
  /** Email address. */
  email?: string;
  /** Anything else the host wants to travel with a contact. */
  [key: string]: unknown;
}

/** Who the visitor is and what the host says about their session. */
export interface VisitorApi {
  /** Extra session data from `context()`. */
  readonly context: ReadonlySignal<Readonly<Record<string, unknown>>>;
  /** The visitor from `identify()`, or null. */
  readonly visitor: ReadonlySignal<Visitor | null>;
}

export const visitor = defineCapability({
  name: 'visitor',
  setup() {
    const context = signal<Readonly<Record<string, unknown>>>({});
    const who = signal<Visitor | null>(null);
    return {
      api: { context, visitor: who } satisfies VisitorApi as VisitorApi,
      commands: {
        /** Extra session data that travels with any contact (plan, cart value). */
        context(data: Record<string, unknown>) {
          expect(isRecord(data), 'an object of context data', data);
          context.value = { ...context.value, ...data };
        },
        /** The signed-in visitor. */
        identify(person: Visitor) {
          expect(isRecord(person) && isId(person.id), 'a visitor object with a string "id"', person);
          who.value = { ...person };
        },
      },
    };
  },
});
