import { announceChange } from './changes.ts';

/**
 * Waits for a write transaction, then its requests, and tells other tabs it was committed. When it fails, the failing request's own
 * error (quota …) is thrown: tx.done alone often carries only a generic AbortError, because the
 * request's error reaches the transaction before the abort sets tx.error.
 */
export async function commit<const T extends readonly Promise<unknown>[]>(
  done: Promise<void>,
  requests: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const failures = requests.map((request) =>
    request.then(
      () => undefined,
      (error: unknown) => error,
    ),
  );
  try {
    await done;
  } catch (abort) {
    const errors = await Promise.all(failures);
    throw errors.find((error) => error !== undefined && !isAbortError(error)) ?? abort;
  }
  announceChange();
  return Promise.all(requests);
}

function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}
