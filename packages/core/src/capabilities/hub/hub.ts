import { batch, computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability, payload } from '../../kernel/capability';
import { expect } from '../../kernel/expect';
import { page } from '../page/page';
import { en } from './messages';
import { describeViews, parseView, sameView, type HubView } from './view';

/** The help hub: open or closed, and the stack of views the visitor went through. */
export interface HubApi {
  /** Whether the hub is open. */
  readonly isOpen: ReadonlySignal<boolean>;
  /** The hub's current view. */
  readonly view: ReadonlySignal<HubView>;
  /** The views behind the current one, oldest first, then the current one. */
  readonly stack: ReadonlySignal<readonly HubView[]>;
  /** Whether there is a view to go back to. */
  readonly canGoBack: ReadonlySignal<boolean>;
  /** The views the capabilities provide (`home`, `search`, `article:`). */
  readonly views: readonly string[];
  /** Opens the hub, at `view` (`home`, `article:<id>`, ...) or where it was left. */
  open(view?: string): void;
  /** Closes the hub. */
  close(): void;
  /** Opens the hub if closed, else closes it. */
  toggle(): void;
  /** Goes back: within the current view first (a step of the contact flow), else to the previous view. */
  back(): void;
  /**
   * Lets a view with steps of its own take Back first: `fn` returns true when it went back a
   * step itself. Returns a function that stops it.
   */
  interceptBack(fn: () => boolean): () => void;
  /** Shows `view` on top of the current one (home clears the stack). */
  show(view: HubView): void;
  /** Shows `view` in place of the current one. */
  replace(view: HubView): void;
}

const HOME: HubView = { name: 'home' };

export const hub = defineCapability({
  name: 'hub',
  views: ['home'],
  events: {
    /** The hub opened, at `view`. */
    open: payload<{ view: HubView }>(),
    /** The hub closed. */
    close: payload<Record<string, never>>(),
  },
  messages: { en, load: { nl: () => import('./nl').then((m) => m.nl) } },
  setup(ctx) {
    const where = ctx.use(page);
    const views = ctx.capabilities.flatMap((c) => c.views ?? []);
    const isOpen = signal(false);
    const stack = signal<readonly HubView[]>([HOME]);
    const view = computed(() => stack.value[stack.value.length - 1]!);
    const canGoBack = computed(() => stack.value.length > 1);
    // Where the visitor was (page and step) when the hub was last open: a hub reopened after
    // the page or step changed starts at the new step's help, not at what was read before.
    const place = () => `${where.page.peek()?.id ?? ''}\u0000${where.step.peek() ?? ''}`;
    let leftAt: string | null = null;

    const intercepts = new Set<() => boolean>();
    const show = (next: HubView) => {
      if (sameView(view.peek(), next)) return;
      stack.value = next.name === 'home' ? [HOME] : [...stack.peek(), next];
    };
    const api: HubApi = {
      isOpen,
      view,
      stack,
      canGoBack,
      views,
      open(name) {
        const target = name === undefined ? null : parseView(name, views);
        batch(() => {
          if (!isOpen.peek() && leftAt !== null && leftAt !== place()) stack.value = [HOME];
          if (target) show(target);
          if (!isOpen.peek()) {
            isOpen.value = true;
            ctx.emit('open', { view: view.peek() });
          }
        });
      },
      close() {
        if (!isOpen.peek()) return;
        leftAt = place();
        isOpen.value = false;
        ctx.emit('close', {});
      },
      toggle() {
        if (isOpen.peek()) api.close();
        else api.open();
      },
      back() {
        if ([...intercepts].some((fn) => fn())) return;
        if (stack.peek().length > 1) stack.value = stack.peek().slice(0, -1);
      },
      interceptBack: (fn) => (intercepts.add(fn), () => void intercepts.delete(fn)),
      show,
      replace(next) {
        stack.value = [...stack.peek().slice(0, -1), next];
      },
    };
    ctx.onDestroy(() => api.close());

    return {
      api,
      commands: {
        /** Opens the hub, at a view (`home`, `search`, `article:<id>`, ...) or where it was. */
        open(name?: string) {
          expect(name === undefined || (typeof name === 'string' && parseView(name, views) !== null), `a view: ${describeViews(views)}`, name);
          api.open(name);
        },
        /** Closes the hub. */
        close: () => api.close(),
        /** Opens the hub if closed, else closes it. */
        toggle: () => api.toggle(),
      },
    };
  },
});
