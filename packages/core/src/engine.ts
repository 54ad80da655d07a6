import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import { createArticleStore, type ArticleStore, type LoadStatus } from './articles/articleStore';
import { relatedArticles } from './articles/related';
import type { Article, Page, SchemaChecks } from './config/schema';
import { resolveConfig, type ResolvedConfig } from './config/resolveConfig';
import { validateArticles, validateConfig, type ConfigProblem } from './config/validate';
import { SituError } from './errors';
import { createEmitter, type Listener } from './events/emitter';
import type { SituEventName, SituEvents } from './events/situEvents';
import { parseView, type HubView } from './hub/view';
import type { Messages } from './i18n/en';
import { createTranslate, loadMessages, type Translate } from './i18n/translate';
import { cleanUrl } from './journey/cleanUrl';
import { extendJourney, parseJourney, type JourneyEntry } from './journey/journey';
import { activeStep, stepSelectors } from './match/activeStep';
import { compilePages, matchPage, type CompiledPage } from './match/matchPage';
import { suggest, type Suggestions } from './match/suggest';
import { loadURLPattern } from './match/urlPattern';
import type { Platform } from './platform';
import { SearchIndex } from './search/searchIndex';

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

/** The state of a search: the query, and the matching article ids once the index answered. */
export interface SearchState {
  /** The query as typed. */
  query: string;
  /** Matching article ids, best first; empty while `pending`. */
  ids: string[];
  /** True while the articles or the index are still being prepared. */
  pending: boolean;
}

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

/** How long a query must stand still before the `search` event reports it, in ms. */
export const SEARCH_SETTLE_MS = 800;

/** The engine of one Situ instance: state as read-only signals, behaviour as methods. */
export interface Engine {
  /** The resolved config; null until `init` has loaded one. */
  readonly config: ReadonlySignal<ResolvedConfig | null>;
  /** Problems found in the config (the valid parts still work). */
  readonly problems: ReadonlySignal<readonly ConfigProblem[]>;
  /** The current URL, cleaned per `privacy.query`. */
  readonly url: ReadonlySignal<string>;
  /** The configured page matching the URL, or null. */
  readonly page: ReadonlySignal<Page | null>;
  /** The current step's id, or null. */
  readonly step: ReadonlySignal<string | null>;
  /** The articles for this page and step, best first. */
  readonly suggestions: ReadonlySignal<Suggestions & { articles: Article[] }>;
  /** Every known article. */
  readonly articles: ReadonlySignal<readonly Article[]>;
  /** Whether `articlesUrl` is loaded. */
  readonly articlesStatus: ReadonlySignal<LoadStatus>;
  /** The pages and steps visited, oldest first (at most 20). */
  readonly journey: ReadonlySignal<readonly JourneyEntry[]>;
  /** Articles read in this session, with time spent and rating. */
  readonly viewed: ReadonlySignal<readonly ArticleView[]>;
  /** Whether the hub is open. */
  readonly isOpen: ReadonlySignal<boolean>;
  /** The hub's current view. */
  readonly view: ReadonlySignal<HubView>;
  /** Whether there is a view to go back to. */
  readonly canGoBack: ReadonlySignal<boolean>;
  /** The current search, or null when the query is empty. */
  readonly searchState: ReadonlySignal<SearchState | null>;
  /** The current language code. */
  readonly locale: ReadonlySignal<string>;
  /** The translator for the current language. */
  readonly t: ReadonlySignal<Translate>;
  /** Extra session data from `context()`. */
  readonly context: ReadonlySignal<Readonly<Record<string, unknown>>>;
  /** The visitor from `identify()`, or null. */
  readonly visitor: ReadonlySignal<Visitor | null>;

  /** Starts (or restarts) with a config object or the URL of one. Resolves when it is applied. */
  init(config: unknown): Promise<void>;
  /** Sets the step the visitor is on; `null` hands the choice back to the page's `when` selectors. */
  setStep(stepId: string | null, data?: unknown): void;
  /** Merges extra session data that travels with any contact. */
  setContext(data: Record<string, unknown>): void;
  /** Sets the signed-in visitor. */
  identify(visitor: Visitor): void;
  /** Opens the hub, at `view` (`home`, `search`, `article:<id>`) or where it was. */
  open(view?: string): void;
  /** Closes the hub. */
  close(): void;
  /** Opens the hub if closed, else closes it. */
  toggle(): void;
  /** Goes back to the previous view of the hub. */
  back(): void;
  /** Opens an article in the hub. */
  openArticle(id: string): void;
  /** The article with this id, if known. */
  getArticle(id: string): Article | undefined;
  /** Articles related to this one. */
  related(id: string): Article[];
  /** Runs a search; results arrive in `searchState`. */
  search(query: string): void;
  /** Records the visitor's answer to "Did this help?". */
  rate(id: string, helpful: boolean): void;
  /** Loads `articlesUrl` if it is not loaded yet (again after an error). */
  loadArticles(): Promise<void>;
  /** Switches the language. */
  setLocale(code: string): void;
  /** Adds an event listener. */
  on<K extends SituEventName>(event: K, listener: Listener<SituEvents[K]>): void;
  /** Removes an event listener. */
  off<K extends SituEventName>(event: K, listener: Listener<SituEvents[K]>): void;
  /** Reports an error: logged once to the console and emitted as `error`. */
  report(error: SituError): void;
  /** Stops everything the engine started. */
  destroy(): void;
}

/** Creates an engine on a platform. Nothing happens until `init`. */
export function createEngine(platform: Platform): Engine {
  const reported = new Set<string>();
  const emitter = createEmitter<SituEvents>((error, event) => {
    const message = `a listener for "${String(event)}" threw: ${error instanceof Error ? error.message : String(error)}`;
    // A throwing `error` listener is logged but not emitted again, which would loop.
    if (event === 'error') log(message);
    else report(new SituError('listener', message, String(event), { cause: error }));
  });
  function log(message: string) {
    if (reported.has(message)) return;
    reported.add(message);
    platform.log('error', `[situ] ${message}`);
  }
  function report(error: SituError) {
    log(error.message);
    emitter.emit('error', { error });
  }

  const config = signal<ResolvedConfig | null>(null);
  const problems = signal<readonly ConfigProblem[]>([]);
  const compiled = signal<CompiledPage[]>([]);
  const store = signal<ArticleStore | null>(null);
  const href = signal(platform.href());
  const matching = signal<ReadonlySet<string>>(new Set());
  const explicitStep = signal<{ id: string | null; data?: unknown } | null>(null);
  const journey = signal<readonly JourneyEntry[]>([]);
  const viewed = signal<readonly ArticleView[]>([]);
  const isOpen = signal(false);
  const stack = signal<HubView[]>([{ name: 'home' }]);
  const query = signal('');
  const index = signal<SearchIndex | null>(null);
  const indexReady = signal(false);
  const localeCode = signal('en');
  const builtIn = signal<{ locale: string; messages: Messages | null }>({ locale: 'en', messages: null });
  const context = signal<Readonly<Record<string, unknown>>>({});
  const visitor = signal<Visitor | null>(null);

  const url = computed(() => cleanUrl(href.value, config.value?.privacy.query ?? 'strip'));
  const page = computed(() => matchPage(compiled.value, href.value));
  const step = computed(() => activeStep(page.value, matching.value, explicitStep.value?.id ?? null));
  const articles = computed(() => store.value?.list.value ?? []);
  const byId = computed(() => store.value?.byId.value ?? new Map<string, Article>());
  const articlesStatus = computed<LoadStatus>(() => store.value?.status.value ?? 'idle');
  const suggestions = computed(() => {
    const s = suggest(page.value, step.value, articles.value.map((a) => a.id));
    return { ...s, articles: s.ids.flatMap((id) => byId.value.get(id) ?? []) };
  });
  const view = computed(() => stack.value[stack.value.length - 1]!);
  const canGoBack = computed(() => stack.value.length > 1);
  const t = computed(() =>
    createTranslate(
      localeCode.value,
      config.value?.messages,
      builtIn.value.locale === localeCode.value ? builtIn.value.messages : null,
    ),
  );
  // A built-in language other than English arrives as a lazy chunk; English shows meanwhile.
  const stopLocale = effect(() => {
    const code = localeCode.value;
    void loadMessages(code).then((messages) => {
      if (localeCode.peek() === code) builtIn.value = { locale: code, messages };
    });
  });
  const searchState = computed<SearchState | null>(() => {
    const q = query.value.trim();
    if (!q) return null;
    const idx = index.value;
    if (!idx || !indexReady.value) return { query: q, ids: [], pending: true };
    const known = byId.value;
    return { query: q, ids: idx.search(q).map((h) => h.id).filter((id) => known.has(id)), pending: false };
  });

  let stops: (() => void)[] = [];
  let generation = 0;
  let articleOpenedAt: { id: string; at: number } | null = null;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReportedQuery = '';

  /** Emits `step` once per change of the active step, whoever changed it. */
  let announced: string | null = null;
  function announceStep(source: 'host' | 'page', data?: unknown) {
    const current = step.peek();
    if (current === announced) return;
    announced = current;
    emitter.emit('step', { step: current, pageId: page.peek()?.id ?? null, source, ...(data !== undefined ? { data } : {}) });
  }

  function journeyKey() {
    return `situ:${config.value?.site ?? 'site'}:journey`;
  }

  function teardown() {
    for (const stop of stops) stop();
    stops = [];
  }

  function start(resolved: ResolvedConfig, checks: SchemaChecks) {
    teardown();
    const session = platform.session;
    batch(() => {
      config.value = resolved;
      localeCode.value = resolved.locale;
      store.value = createArticleStore({
        inline: resolved.articles,
        url: resolved.articlesUrl,
        fetchJSON: (u) => platform.fetchJSON(u),
        validate: (list) => {
          const result = validateArticles(list, checks);
          for (const p of result.problems) report(new SituError('articles', `${resolved.articlesUrl} ${p.path}: ${p.message}`, p.path));
          return result.articles;
        },
      });
      index.value = null;
      indexReady.value = false;
      journey.value = parseJourney(safe(() => session?.get(journeyKey()) ?? null));
    });

    stops.push(platform.onNavigate(() => (href.value = platform.href())));

    // Watch the current page's step selectors; re-subscribe when the page changes.
    stops.push(
      effect(() => {
        const selectors = stepSelectors(page.value);
        matching.value = new Set();
        if (selectors.length === 0) return;
        return platform.watchSelectors(selectors, (set) => (matching.value = new Set(set)));
      }),
    );

    // A host-set step belongs to the page it was set on.
    let lastPageId: string | null | undefined;
    stops.push(
      effect(() => {
        const id = page.value?.id ?? null;
        if (lastPageId !== undefined && id !== lastPageId) explicitStep.value = null;
        lastPageId = id;
      }),
    );

    stops.push(
      effect(() => {
        const entry: JourneyEntry = {
          url: url.value,
          pageId: page.value?.id ?? null,
          step: step.value,
          at: new Date(platform.now()).toISOString(),
        };
        const next = extendJourney(journey.peek(), entry);
        if (next.length !== journey.peek().length || next.at(-1) !== journey.peek().at(-1)) {
          journey.value = next;
          safe(() => session?.set(journeyKey(), JSON.stringify(next)));
        }
        announceStep(explicitStep.peek() ? 'host' : 'page');
      }),
    );

    // Load the articles and build the search index when the hub first opens or a search
    // starts, not at page load; the index is built in slices and rebuilt only for a new list.
    let indexed: readonly Article[] | null = null;
    stops.push(
      effect(() => {
        if (!isOpen.value && !query.value) return;
        const status = articlesStatus.value;
        if (status === 'idle') queueMicrotask(() => void loadArticles());
        if (status === 'idle' || status === 'loading') return;
        const list = articles.value;
        if (list === indexed) return;
        indexed = list;
        const idx = new SearchIndex(list);
        index.value = idx;
        indexReady.value = false;
        void idx.ready.then(() => {
          if (index.peek() === idx) indexReady.value = true;
        });
      }),
    );
  }

  async function init(input: unknown) {
    const mine = ++generation;
    let raw = input;
    if (typeof input === 'string') {
      try {
        raw = await platform.fetchJSON(input);
      } catch (error) {
        report(new SituError('config', `init: could not load the config from ${input}: ${message(error)}`, input, { cause: error }));
        return;
      }
    }
    const Pattern = await loadURLPattern();
    if (mine !== generation) return;
    const checks = {
      isSelector: (s: string) => platform.isSelector(s),
      isColor: (c: string) => platform.isColor(c),
      isUrlPattern: (p: string | { pathname?: string; search?: string; hash?: string }) => {
        try {
          new Pattern(typeof p === 'string' ? { pathname: p } : p);
          return true;
        } catch {
          return false;
        }
      },
    };
    const result = validateConfig(raw, checks);
    problems.value = result.problems;
    if (result.problems.length > 0) {
      const list = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
      report(
        new SituError(
          'config',
          `config: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; the rest of the config is used.\n${list}`,
        ),
      );
    }
    const resolved = resolveConfig(result.config);
    batch(() => {
      compiled.value = compilePages(Pattern, resolved.pages);
      href.value = platform.href();
      start(resolved, checks);
    });
    emitter.emit('ready', { config: result.config, problems: result.problems });
  }

  function loadArticles() {
    const s = store.peek();
    if (!s) return Promise.resolve();
    return s.load().catch((error: unknown) => {
      report(new SituError('articles', `articlesUrl: could not load ${config.peek()?.articlesUrl}: ${message(error)}`, 'articlesUrl', { cause: error }));
    });
  }

  /** Closes the time an article was open, so `viewed` holds seconds read. */
  function leaveArticle() {
    if (!articleOpenedAt) return;
    const { id, at } = articleOpenedAt;
    articleOpenedAt = null;
    const seconds = Math.max(0, Math.round((platform.now() - at) / 1000));
    viewed.value = viewed.value.map((v) => (v.id === id ? { ...v, seconds: v.seconds + seconds } : v));
  }

  function enterView(next: HubView) {
    leaveArticle();
    if (next.name === 'article') {
      articleOpenedAt = { id: next.id, at: platform.now() };
      const article = byId.peek().get(next.id);
      const title = article?.title ?? next.id;
      if (!viewed.peek().some((v) => v.id === next.id)) {
        viewed.value = [...viewed.peek(), { id: next.id, title, seconds: 0, helpful: null }];
      }
      if (query.peek().trim()) reportSearch();
      emitter.emit('article:view', { id: next.id, title });
    }
  }

  function push(next: HubView) {
    const current = view.peek();
    if (current.name === next.name && (current.name !== 'article' || (next.name === 'article' && current.id === next.id))) return;
    stack.value = next.name === 'home' ? [next] : [...stack.peek(), next];
    enterView(next);
  }

  function reportSearch() {
    const s = searchState.peek();
    if (!s || s.pending || s.query === lastReportedQuery) return;
    lastReportedQuery = s.query;
    emitter.emit('search', { query: s.query, results: s.ids.length });
  }

  const engine: Engine = {
    config,
    problems,
    url,
    page,
    step,
    suggestions,
    articles,
    articlesStatus,
    journey,
    viewed,
    isOpen,
    view,
    canGoBack,
    searchState,
    locale: localeCode,
    t,
    context,
    visitor,

    init,
    setStep(stepId, data) {
      explicitStep.value = stepId === null ? null : { id: stepId, data };
      announceStep(stepId === null ? 'page' : 'host', data);
    },
    setContext(data) {
      context.value = { ...context.value, ...data };
    },
    identify(v) {
      visitor.value = { ...v };
    },
    open(name) {
      const target = name === undefined ? null : parseView(name);
      batch(() => {
        if (target) push(target);
        if (!isOpen.value) {
          isOpen.value = true;
          if (!target) enterView(view.peek());
          emitter.emit('open', { view: view.peek() });
        }
      });
    },
    close() {
      if (!isOpen.value) return;
      leaveArticle();
      reportSearch();
      isOpen.value = false;
      emitter.emit('close', {});
    },
    toggle() {
      if (isOpen.value) engine.close();
      else engine.open();
    },
    back() {
      if (stack.value.length <= 1) return;
      stack.value = stack.value.slice(0, -1);
      enterView(view.peek());
    },
    openArticle(id) {
      if (articlesStatus.peek() === 'idle') void loadArticles();
      engine.open(`article:${id}`);
    },
    getArticle(id) {
      return byId.value.get(id);
    },
    related(id) {
      const article = byId.value.get(id);
      return article ? relatedArticles(article, articles.value) : [];
    },
    search(q) {
      query.value = q;
      // Search takes home's place (no "back" to home); an emptied field returns home.
      const current = view.peek().name;
      if (q.trim() && current === 'home') stack.value = [{ name: 'search' }];
      else if (q.trim() && current === 'article') push({ name: 'search' });
      else if (!q.trim() && current === 'search') stack.value = [{ name: 'home' }];
      clearTimeout(searchTimer);
      searchTimer = setTimeout(reportSearch, SEARCH_SETTLE_MS);
    },
    rate(id, helpful) {
      const title = byId.peek().get(id)?.title ?? id;
      viewed.value = viewed.value.some((v) => v.id === id)
        ? viewed.value.map((v) => (v.id === id ? { ...v, helpful } : v))
        : [...viewed.value, { id, title, seconds: 0, helpful }];
      emitter.emit('article:rate', { id, title, helpful });
    },
    loadArticles,
    setLocale(code) {
      localeCode.value = code;
    },
    on: (event, listener) => emitter.on(event, listener),
    off: (event, listener) => emitter.off(event, listener),
    report,
    destroy() {
      generation++;
      clearTimeout(searchTimer);
      teardown();
      stopLocale();
      emitter.clear();
      isOpen.value = false;
    },
  };
  return engine;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a storage call; storage may be blocked or full, which must never stop the engine. */
function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
