import { defineCapability } from '../../kernel/capability';
import type { DerivedColors } from './colors';
import type { Theme } from './config';
import { defaultTheme, type ResolvedTheme } from './defaultTheme';

export type { Theme, ResolvedTheme };
export { defaultTheme };

/** The look of the launcher and panel: the `theme` config; the widget applies it. */
export const theme = defineCapability({
  name: 'theme',
  config: {
    schema: () => import('./config'),
    resolve: (config: { theme?: Theme; derived?: { theme?: DerivedColors } }) => {
      const t = config.theme ?? {};
      return {
        theme: {
          ...defaultTheme,
          ...t,
          offset: { ...defaultTheme.offset, ...t.offset },
          colors: config.derived?.theme,
        } as ResolvedTheme,
      };
    },
  },
  setup: () => ({ api: {} }),
});
