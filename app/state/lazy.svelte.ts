/** A loader that starts once: every call hands back the same promise, and `loaded`/`failed` follow it. */
export interface Lazy<T> {
  (): Promise<T>;
  /** True once the load has succeeded (reactive). */
  readonly loaded: boolean;
  /** True once the load has failed (reactive); the next call tries again. */
  readonly failed: boolean;
}

/**
 * Memoises a code or data load for markup's `{#await}`: nothing starts until the first call, and a
 * failed load is forgotten so that a later call can retry it.
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  const state = $state({ loaded: false, failed: false });
  let promise: Promise<T> | undefined;
  const get = () =>
    (promise ??= load().then(
      (value) => {
        state.loaded = true;
        state.failed = false;
        return value;
      },
      (error: unknown) => {
        promise = undefined;
        state.failed = true;
        throw error;
      },
    ));
  return Object.defineProperties(get, {
    loaded: { get: () => state.loaded },
    failed: { get: () => state.failed },
  }) as Lazy<T>;
}
