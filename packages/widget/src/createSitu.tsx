import { createCommands, createEngine, effect, type Engine, type Platform, type SituCommands } from '@situ/core';
import { render } from 'preact';
import { mountHost, type Host, type MountOptions } from './mount/host';
import { browserPlatform } from './platform/browserPlatform';
import widgetCss from './styles/widget.css?inline';
import { Panel } from './views/Panel';

/** One Situ instance on a page: the commands, plus the engine for apps that read its signals. */
export interface Situ extends SituCommands {
  /** The engine: state as signals (`page`, `step`, `suggestions`, ...) and the methods behind the commands. */
  readonly engine: Engine;
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
export function createSitu(config?: unknown, options: SituOptions = {}): Situ {
  return attachSitu(options.host ?? mountHost(document, options), config, options.platform);
}

/** Creates Situ on a host already mounted (the script-tag loader mounts its own, early). */
export function attachSitu(host: Host, config?: unknown, platform?: Platform): Situ {
  const engine = createEngine(platform ?? browserPlatform(window));
  host.addStyles(widgetCss);
  const stops: (() => void)[] = [];
  let openedByLauncher = false;

  stops.push(
    effect(() => {
      const resolved = engine.config.value;
      if (resolved) host.setTheme(resolved.theme);
    }),
    effect(() => {
      const t = engine.t.value;
      host.launcher.setLabels(t('launcher.label'), t('launcher.open'));
    }),
    effect(() => host.launcher.setExpanded(engine.isOpen.value)),
  );

  const onLauncher = () => {
    openedByLauncher = !engine.isOpen.peek();
    engine.toggle();
  };
  host.launcher.button.addEventListener('click', onLauncher);

  const container = document.createElement('div');
  host.shadow.append(container);
  const onClosed = () => {
    if (openedByLauncher) host.launcher.button.focus();
    openedByLauncher = false;
  };
  render(<Panel engine={engine} id={host.panelId} onClosed={onClosed} />, container);

  let destroyed = false;
  const commands = createCommands(engine, () => {
    if (destroyed) return;
    destroyed = true;
    engine.close();
    engine.destroy();
    stops.forEach((stop) => stop());
    host.launcher.button.removeEventListener('click', onLauncher);
    render(null, container);
    host.destroy();
  });
  if (config !== undefined) void commands.init(config);
  return { ...commands, engine };
}
