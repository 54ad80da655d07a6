import { createEngine, effect, safeString, SituError, type Config, type EngineState, type Engine, type Platform, type SituCommands } from '@situ/core';
import { render } from 'preact';
import { mountHost, type Host, type MountOptions } from './mount/host';
import { keepAttached } from './mount/keepAttached';
import { themeCss } from './mount/theme';
import { browserPlatform } from './platform/browserPlatform';
import { engines } from './shell/instances';
import { layers } from './shell/layers';
import { Panel } from './shell/Panel';
import widgetCss from './styles/widget.css?inline';

/** One Situ instance on a page: the commands, plus its state for apps that read its signals. */
export interface Situ extends SituCommands {
  /** Read-only state as signals (`page`, `step`, `suggestions`, `isOpen`, ...). Change it through the commands. */
  readonly engine: EngineState;
}

/** Options for `createSitu`. */
export interface SituOptions extends MountOptions {
  /** A host already mounted (the script-tag loader mounts one to show the launcher early). */
  host?: Host;
  /** The platform; the browser's by default. */
  platform?: Platform;
}

/**
 * Creates Situ on this page: the launcher, the hub, and the engine behind them. With a config
 * (object or URL) it starts at once; else call `init` later. Never throws into the page.
 */
export function createSitu(config?: Config | string, options: SituOptions = {}): Situ {
  return attachSitu(options.host ?? mountHost(document, options), config, options.platform).situ;
}

/** Creates Situ on a host already mounted (the script-tag loader mounts its own, early). */
export function attachSitu(host: Host, config?: unknown, platform?: Platform): { situ: Situ; engine: Engine } {
  const engine = createEngine(platform ?? browserPlatform(window));
  const { state, api } = engine;
  host.addStyles(widgetCss);
  const button = host.launcher.button;

  const stops = [
    effect(() => {
      const theme = state.config.value?.theme;
      if (!theme) return;
      // A stamped config carries the accent's readable colours, worked out by `situ check`;
      // any other has them worked out here, by a lazy chunk that comes with the config schema.
      host.setTheme(theme, themeCss);
      // (It shares its chunk with the config schema, whose failure to load is reported; if it
      // fails, the stylesheet's default colours stand.)
      if (!theme.colors) import('./mount/deriveTheme').then((m) => host.setTheme(m.deriveTheme(document, theme), themeCss), () => {});
    }),
    // The launcher says what a press does: open the help, or close it.
    effect(() => {
      const t = state.t.value;
      const open = state.isOpen.value;
      host.launcher.setLabels(t(open ? 'launcher.closeLabel' : 'launcher.label'), t(open ? 'launcher.close' : 'launcher.open'));
      host.launcher.setExpanded(open);
    }),
    // The launcher keeps off the page's own controls: its own lazy chunk, not the hub's.
    lazily(engine, () => import('./mount/avoidOverlap').then((m) => m.avoidOverlap(host.element, button))),
    // The page removed the host and it came back: a panel that was open closed with it.
    keepAttached(host, () => api.hub.close()),
    // Help on the page itself (hints, cards, dialogs) starts once its capability's part loaded.
    ...layers.map(({ parts, load }) =>
      effect(() => (parts(engine).some((p) => p.part.value) ? lazily(engine, () => load().then((start) => start({ engine, host }))) : undefined)),
    ),
  ];

  const onLauncher = () => api.hub.toggle();
  button.addEventListener('click', onLauncher);

  const container = document.createElement('div');
  host.shadow.append(container);
  // Focus returns to the launcher when it was in the panel as it closed; a visitor typing in the
  // page while the help closes keeps their place.
  const onClosed = (hadFocus: boolean) => hadFocus && button.focus();
  render(<Panel engine={engine} id={host.panelId} onClosed={onClosed} />, container);

  engine.onDestroy(() => {
    stops.forEach((stop) => stop());
    button.removeEventListener('click', onLauncher);
    render(null, container);
    host.destroy();
  });
  const situ: Situ = { ...engine.commands, engine: state };
  engines.set(situ, engine);
  if (config !== undefined) void situ.init(config);
  return { situ, engine };
}

/** Starts something that arrives as a lazy chunk; the returned function stops it, loaded or not. */
function lazily(engine: Engine, start: () => Promise<() => void>): () => void {
  let stop: (() => void) | null = null;
  let live = true;
  start().then(
    (fn) => (live ? (stop = fn) : fn()),
    (error: unknown) => engine.report(new SituError('internal', `a part of the widget could not be loaded: ${safeString(error)}`)),
  );
  return () => {
    live = false;
    stop?.();
  };
}
