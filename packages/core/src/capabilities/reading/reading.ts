import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability, payload } from '../../kernel/capability';
import { expect, isId } from '../../kernel/expect';
import { articles } from '../articles/articles';
import { hub } from '../hub/hub';
import { safe } from '../../util/safe';
import { en } from './messages';

/** An article the visitor read, for the contact's context. */
export interface ArticleView {
  /** The article's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Seconds it was open, summed over visits. */
  seconds: number;
  /** The visitor's answer to "Did this help?", if any. */
  helpful: boolean | null;
}

/** What the visitor read and what they thought of it. */
export interface ReadingApi {
  /** Articles read in this tab's session, with time spent and rating. */
  readonly viewed: ReadonlySignal<readonly ArticleView[]>;
  /** The visitor's answers to "Did this help?", by article id, remembered across visits. */
  readonly ratings: ReadonlySignal<Readonly<Record<string, boolean>>>;
  /** Records the visitor's answer to "Did this help?". */
  rate(id: string, helpful: boolean): void;
}

export const reading = defineCapability({
  name: 'reading',
  // What they read and what they thought of it; `destroy` (a sign-out) removes both.
  keeps: { session: ['viewed'], store: ['ratings'] },
  views: ['article:'],
  events: {
    /** An article was opened. */
    'article:view': payload<{ id: string; title: string }>(),
    /** The visitor answered "Did this help?". */
    'article:rate': payload<{ id: string; title: string; helpful: boolean }>(),
  },
  messages: { en, load: { nl: () => import('./nl').then((m) => m.nl) } },
  setup(ctx) {
    const kb = ctx.use(articles);
    const panel = ctx.use(hub);
    const { platform } = ctx;
    const viewed = signal<readonly ArticleView[]>([]);
    const ratings = signal<Readonly<Record<string, boolean>>>({});
    const site = () => ctx.config.peek()?.site ?? 'site';
    const titleOf = (id: string) => kb.byId.peek().get(id)?.title ?? id;
    const saveViewed = (next: readonly ArticleView[]) => {
      viewed.value = next;
      safe(() => platform.session?.set(`situ:${site()}:viewed`, JSON.stringify(next)));
    };

    // Articles read earlier in this session still count (a multi-page site); ratings last.
    ctx.effect(() => {
      if (!ctx.config.value) return;
      viewed.value = parseViewed(safe(() => platform.session?.get(`situ:${site()}:viewed`) ?? null));
      let current = true;
      platform.store
        ?.get<Record<string, boolean>>(`situ:${site()}:ratings`)
        .then((stored) => {
          if (current && stored && typeof stored === 'object') ratings.value = { ...stored, ...ratings.peek() };
        })
        .catch(() => {
          // Storage may be blocked (private mode, a sandboxed frame); ratings then last the page.
        });
      return () => void (current = false);
    });

    // The article on screen: reading time runs while it is, and its view is reported once per visit.
    const onScreen = computed(() => (panel.isOpen.value && panel.view.value.name === 'article' ? (panel.view.value.id ?? null) : null));
    let since: { id: string; at: number } | null = null;
    const leave = () => {
      if (!since) return;
      const { id, at } = since;
      since = null;
      const seconds = Math.max(0, Math.round((platform.now() - at) / 1000));
      saveViewed(viewed.peek().map((v) => (v.id === id ? { ...v, seconds: v.seconds + seconds } : v)));
    };
    ctx.effect(() => {
      const id = onScreen.value;
      leave();
      if (id === null) return;
      if (kb.articlesStatus.peek() === 'idle') void kb.loadArticles();
      since = { id, at: platform.now() };
      const title = titleOf(id);
      if (!viewed.peek().some((v) => v.id === id)) saveViewed([...viewed.peek(), { id, title, seconds: 0, helpful: ratings.peek()[id] ?? null }]);
      ctx.emit('article:view', { id, title });
    });

    const api: ReadingApi = {
      viewed,
      ratings,
      rate(id, helpful) {
        const title = titleOf(id);
        const list = viewed.peek();
        saveViewed(
          list.some((v) => v.id === id)
            ? list.map((v) => (v.id === id ? { ...v, helpful } : v))
            : [...list, { id, title, seconds: 0, helpful }],
        );
        ratings.value = { ...ratings.peek(), [id]: helpful };
        platform.store?.set(`situ:${site()}:ratings`, ratings.peek()).catch(() => {});
        ctx.emit('article:rate', { id, title, helpful });
      },
    };
    return {
      api,
      commands: {
        /** Opens an article in the hub. */
        article(id: string) {
          expect(isId(id), 'an article id', id);
          panel.open(`article:${id}`);
        },
      },
    };
  },
});

/** Reads the stored list defensively: storage is shared with the host page. */
function parseViewed(raw: string | null): ArticleView[] {
  try {
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list)
      ? list.filter((v): v is ArticleView => typeof v?.id === 'string' && typeof v.title === 'string' && typeof v.seconds === 'number')
      : [];
  } catch {
    return [];
  }
}
