import { effect, SituError } from '@situ/core';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Situ } from '../createSitu';
import { addSheet } from '../mount/addSheet';
import { deriveTheme } from '../mount/deriveTheme';
import { themeCss } from '../mount/theme';
import inlineCss from '../styles/inline.css?inline';
import widgetCss from '../styles/widget.css?inline';
import { HubBody } from './HubBody';
import { engines } from './instances';

/**
 * The hub inline in an app's own help page, in its own shadow root so the app's CSS and Situ's
 * stay apart. It shares the instance's state (view, search, articles read) with the panel, and
 * moving between its views never opens the floating panel.
 */
export function HelpHub({ situ, nonce }: { situ: Situ; nonce?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    const engine = engines.get(situ);
    if (!el) return;
    if (!engine) {
      console.error('[situ] HelpHub: expected a Situ instance from createSitu()');
      return;
    }
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    shadow.adoptedStyleSheets = [];
    const theme = addSheet(shadow, '', nonce);
    addSheet(shadow, widgetCss + inlineCss, nonce);
    const stopTheme = effect(() => {
      const resolved = engine.state.config.value;
      if (!resolved) return;
      el.dataset.scheme = resolved.theme.scheme;
      const doc = el.ownerDocument;
      theme.set(themeCss(doc, resolved.theme.colors ? resolved.theme : deriveTheme(doc, resolved.theme)));
    });
    const root = el.ownerDocument.createElement('div');
    root.className = 'inline-hub';
    shadow.append(root);
    void engine.api.articles.loadArticles().catch((error: unknown) => engine.report(new SituError('internal', String(error))));
    render(<HubBody engine={engine} />, root);
    return () => {
      stopTheme();
      render(null, root);
    };
  }, [situ, nonce]);
  return <div ref={ref} data-situ="help-hub" />;
}
