import type { Component } from 'svelte';

/**
 * A component loaded on demand: `component` is set when its chunk arrives, `failed` if it cannot load.
 * Create it in a component's script (not in markup), so its state exists before anything reads it;
 * `get()` starts the download the first time and can be called from markup.
 */
export class LazyComponent<C extends Component<never>> {
  component = $state.raw<C | undefined>(undefined);
  failed = $state(false);
  private started = false;

  constructor(
    private readonly load: () => Promise<{ default: C }>,
    eager = true,
  ) {
    if (eager) this.get();
  }

  /** Starts loading (once) and returns this, for use in markup. */
  get(): this {
    if (!this.started) {
      this.started = true;
      this.load().then(
        (m) => (this.component = m.default),
        () => (this.failed = true),
      );
    }
    return this;
  }
}

/** Runs work when the browser is idle (after a short delay where requestIdleCallback is missing). */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run());
  else setTimeout(run, 1500);
}

/** Runs work just after the next frame is painted, so it never delays what the user is waiting to see. */
export function afterPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
