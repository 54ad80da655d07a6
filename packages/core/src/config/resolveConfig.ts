import type { Article, Config, Page, Theme } from './schema';

/** The theme with every default filled in. */
export interface ResolvedTheme {
  /** Accent colour of the launcher, links and buttons. @default "#0b6e4f" */
  accent: string;
  /** Corner of the launcher and panel. @default "bottom-right" */
  position: 'bottom-right' | 'bottom-left';
  /** Corner radius in px. @default 12 */
  radius: number;
  /** Font family. @default the system UI font stack */
  font: string;
  /** Light, dark, or following `prefers-color-scheme`. @default "auto" */
  scheme: 'auto' | 'light' | 'dark';
  /** Stacking order of the launcher. @default 2147483000 */
  zIndex: number;
}

/** The config with every default resolved; nothing reads the raw config after this. */
export interface ResolvedConfig {
  /** Site id, used to keep this site's stored data apart. @default "site" */
  site: string;
  /** Starting language. @default "en" */
  locale: string;
  /** Message overrides per language. @default {} */
  messages: Record<string, Record<string, string>>;
  /** The theme. */
  theme: ResolvedTheme;
  /** Inline articles. @default [] */
  articles: Article[];
  /** URL of a larger knowledge base, fetched when first needed. */
  articlesUrl: string | undefined;
  /** Whether article Markdown may contain raw HTML (then sanitised). @default false */
  allowHtml: boolean;
  /** The pages, matched in order. @default [] */
  pages: Page[];
  /** Privacy: selectors never read, and whether query strings are kept. */
  privacy: { redact: string[]; query: 'strip' | 'keep' };
}

/** The default theme. */
export const defaultTheme: ResolvedTheme = {
  accent: '#0b6e4f',
  position: 'bottom-right',
  radius: 12,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  scheme: 'auto',
  zIndex: 2147483000,
};

/** Fills in every default of a validated config. */
export function resolveConfig(config: Config): ResolvedConfig {
  const theme: Theme = config.theme ?? {};
  return {
    site: config.site ?? 'site',
    locale: config.locale ?? 'en',
    messages: config.messages ?? {},
    theme: {
      accent: theme.accent ?? defaultTheme.accent,
      position: theme.position ?? defaultTheme.position,
      radius: theme.radius ?? defaultTheme.radius,
      font: theme.font ?? defaultTheme.font,
      scheme: theme.scheme ?? defaultTheme.scheme,
      zIndex: theme.zIndex ?? defaultTheme.zIndex,
    },
    articles: config.articles ?? [],
    articlesUrl: config.articlesUrl,
    allowHtml: config.allowHtml ?? false,
    pages: config.pages ?? [],
    privacy: { redact: config.privacy?.redact ?? [], query: config.privacy?.query ?? 'strip' },
  };
}
