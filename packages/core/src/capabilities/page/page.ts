import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { defineCapability, payload } from '../../kernel/capability';
import { expect, isId } from '../../kernel/expect';
import { activeStep, stepSelectors } from './activeStep';
import { compilePages, matchPage, type CompiledPage } from './matchPage';
import { loadURLPattern, type PatternSource, type URLPatternConstructor } from './urlPattern';

/** One step of a page's flow; other capabilities add their fields (`articles`, `hints`, ...). */
export interface Step {
  /** The step's id, as `step()` names it. */
  id: string;
  /** Active while this selector matches a rendered element. */
  when?: string;
  /** Fields other capabilities own. */
  [field: string]: unknown;
}

/** One page of the site, matched by URL pattern; other capabilities add their fields. */
export interface Page {
  /** The page's id. */
  id: string;
  /** A URL pattern (`/claims/:id`), components, or a list of them: any one matching selects the page. */
  match: PatternSource | PatternSource[];
  /** A title for reports. */
  title?: string;
  /** The steps of the page's flow. */
  steps?: Step[];
  /** Fields other capabilities own. */
  [field: string]: unknown;
}

/** The step event's payload. */
export interface StepEvent {
  /** The step now active, or null. */
  step: string | null;
  /** The page it belongs to, or null. */
  pageId: string | null;
  /** `host` when set by `step()`, `page` when the page's content changed. */
  source: 'host' | 'page';
  /** The data the host passed to `step()`. */
  data?: unknown;
}

/** Where the visitor is: the URL, the configured page it matches and the step of its flow. */
export interface PageApi {
  /** The page's current URL, as the platform reports it. */
  readonly href: ReadonlySignal<string>;
  /** The configured page matching the URL, or null. */
  readonly page: ReadonlySignal<Page | null>;
  /** The current step's id, or null. */
  readonly step: ReadonlySignal<string | null>;
  /** The current step's config, or null. */
  readonly stepConfig: ReadonlySignal<Step | null>;
  /** Sets the step; `null` hands the choice back to the page's `when` selectors. */
  setStep(stepId: string | null, data?: unknown): void;
}

let Pattern: URLPatternConstructor | undefined;


export const page = defineCapability({
  name: 'page',
  events: { step: payload<StepEvent>() },
  config: {
    // URLPattern (native, or the polyfill as a lazy chunk) is needed to match pages, and to
    // validate their patterns (page/config.ts).
    async prepare() {
      Pattern = await loadURLPattern();
      return {};
    },
    schema: () => import('./config'),
    resolve: (config: { pages?: Page[] }) => ({ pages: config.pages ?? [] }),
  },
  setup(ctx) {
    const { platform } = ctx;
    const href = signal(platform.href());
    const matching = signal<ReadonlySet<string>>(new Set());
    const explicit = signal<{ id: string; data?: unknown } | null>(null);
    const compiled = computed<CompiledPage[]>(() => {
      const resolved = ctx.config.value;
      return resolved && Pattern ? compilePages(Pattern, resolved.pages) : [];
    });
    const page = computed(() => matchPage(compiled.value, href.value));
    const step = computed(() => activeStep(page.value, matching.value, explicit.value?.id ?? null));
    const stepConfig = computed(() => page.value?.steps?.find((s) => s.id === step.value) ?? null);

    ctx.onDestroy(platform.onNavigate(() => (href.value = platform.href())));
    // A new config may change what matches the URL the visitor is on.
    ctx.effect(() => {
      if (ctx.config.value) href.value = platform.href();
    });

    // Watch the current page's step selectors; re-subscribe when the page changes.
    ctx.effect(() => {
      const selectors = stepSelectors(page.value);
      matching.value = new Set();
      if (selectors.length === 0) return;
      return platform.watchSelectors(selectors, (set) => (matching.value = new Set(set)));
    });

    // A host-set step belongs to the page it was set on (a step set before the config loaded
    // belongs to the first page matched).
    let lastPageId: string | null | undefined;
    ctx.effect(() => {
      if (!ctx.config.value) return;
      const pageId = page.value?.id ?? null;
      if (lastPageId !== undefined && pageId !== lastPageId) explicit.value = null;
      lastPageId = pageId;
    });

    // One announcement per change of the active step, whoever changed it, with the host's data.
    let announced: string | null = null;
    ctx.effect(() => {
      const current = step.value;
      if (current === announced) return;
      announced = current;
      const set = explicit.peek();
      ctx.emit('step', {
        step: current,
        pageId: page.peek()?.id ?? null,
        source: set ? 'host' : 'page',
        ...(set && set.data !== undefined ? { data: set.data } : {}),
      });
    });

    const setStep = (stepId: string | null, data?: unknown) => {
      explicit.value = stepId === null ? null : { id: stepId, data };
    };
    return {
      api: { href, page, step, stepConfig, setStep } satisfies PageApi as PageApi,
      commands: {
        /** Says which step of a flow the visitor is on; `null` hands it back to the page's selectors. */
        step(stepId: string | null, data?: unknown) {
          expect(stepId === null || isId(stepId), 'a step id (a string) or null', stepId);
          setStep(stepId, data);
        },
      },
    };
  },
});
