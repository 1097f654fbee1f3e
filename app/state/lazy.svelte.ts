import type { Component } from 'svelte';

/** A component loaded on demand: `component` is set when its chunk arrives, `failed` if it cannot load. */
export class LazyComponent<C extends Component<never>> {
  component = $state.raw<C | undefined>(undefined);
  failed = $state(false);

  constructor(load: () => Promise<{ default: C }>) {
    load().then(
      (m) => (this.component = m.default),
      () => (this.failed = true),
    );
  }
}

/** Returns a getter that starts loading a component the first time it is asked for. */
export function lazyOnce<C extends Component<never>>(
  load: () => Promise<{ default: C }>,
): () => LazyComponent<C> {
  let lazy: LazyComponent<C> | undefined;
  return () => (lazy ??= new LazyComponent(load));
}
