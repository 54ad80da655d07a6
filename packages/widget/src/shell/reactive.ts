import { effect } from '@situ/core';
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useReducer, useRef } from 'preact/hooks';

/**
 * Makes a view re-render when any signal it read during its last render changes: the reads are
 * tracked by an `effect` from @preact/signals-core around the render, so no view keeps a list of
 * the signals it shows. (@preact/signals does this through Preact's option hooks for 1.7 KB
 * gzip more; this is the same idea for the few views of the hub.)
 */
export function reactive<P extends object>(render: (props: P) => ComponentChildren): FunctionComponent<P> {
  return function Reactive(props: P) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    const stop = useRef<(() => void) | null>(null);
    useEffect(() => () => stop.current?.(), []);
    stop.current?.();
    let output: ComponentChildren = null;
    let failure: unknown = null;
    let first = true;
    stop.current = effect(() => {
      if (!first) return void rerender(0);
      first = false;
      try {
        output = render(props);
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure;
    return output;
  };
}
