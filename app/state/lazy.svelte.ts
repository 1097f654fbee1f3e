/** A loader that starts once: every call hands back the same promise, and `loaded`/`failed` follow it. */
export interface Lazy<T> {
  (): Promise<T>;
  /** True once the load has succeeded (reactive). */
  readonly loaded: boolean;
  /** True once the load has failed (reactive); the next call tries again. */
  readonly failed: boolean;
  /** The loaded value, once there; not reactive, so markup that read it once is not rebuilt. */
  readonly value: T | undefined;
}

/**
 * What markup's `{#await}` should wait on: the value itself once loaded (so the block renders at
 * once, the same on the server, in hydration and in the browser), else the load.
 */
export function ready<T>(loader: Lazy<T>): T | Promise<T> {
  return loader.value ?? loader();
}

/**
 * Memoises a code or data load for markup's `{#await}`: nothing starts until the first call, and a
 * failed load is forgotten so that a later call can retry it.
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  const state = $state({ loaded: false, failed: false });
  let promise: Promise<T> | undefined;
  let value: T | undefined;
  const get = () =>
    (promise ??= load().then(
      (loaded) => {
        value = loaded;
        state.loaded = true;
        state.failed = false;
        return loaded;
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
    value: { get: () => value },
  }) as Lazy<T>;
}
