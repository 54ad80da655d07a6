import { effect } from '@situ/core';
import { useEffect, useRef } from 'preact/hooks';
import { render } from 'preact';
import type { Situ } from '../createSitu';
import { addSheet } from '../mount/addSheet';
import { themeCss } from '../mount/theme';
import widgetCss from '../styles/widget.css?inline';
import { HubBody } from './HubBody';
import { useEngine } from './useEngine';

/**
 * The hub inline in an app's own help page, in its own shadow root so the app's CSS and Situ's
 * stay apart. It shares the instance's state (view, search, articles read) with the panel.
 */
export function HelpHub({ situ }: { situ: Situ }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    shadow.adoptedStyleSheets = [];
    const theme = addSheet(shadow, '');
    addSheet(shadow, widgetCss);
    const stopTheme = effect(() => {
      const resolved = situ.engine.config.value;
      if (resolved) theme.set(themeCss(el.ownerDocument, resolved.theme));
    });
    const root = el.ownerDocument.createElement('div');
    root.className = 'inline-hub';
    shadow.append(root);
    void situ.engine.loadArticles();
    render(<InlineHub engine={situ.engine} />, root);
    return () => {
      stopTheme();
      render(null, root);
    };
  }, [situ]);
  return <div ref={ref} data-situ="help-hub" />;
}

function InlineHub({ engine }: { engine: Situ['engine'] }) {
  useEngine(engine);
  return <HubBody engine={engine} />;
}
