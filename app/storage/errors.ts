import { m } from '../generated/paraglide/messages.js';
import type { UnavailableReason } from './types.ts';

/** IndexedDB is missing, refused, blocked or broken: history cannot be read or saved. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  /** Why, so the UI can choose its notice. */
  readonly reason: UnavailableReason;

  constructor(reason: UnavailableReason, message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

/** The browser's storage quota is used up; the write was rolled back and older data is intact. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(options?: ErrorOptions) {
    super(m.pg_storage_full(), options);
  }
}

/** An import file was rejected before anything was written; `problems` lists each one and where. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** Every problem found, such as "checks[12]: port 70000 is outside 0–65535". */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(summarise(problems));
    this.problems = problems;
  }
}

/**
 * A value handed to a storage function breaks a rule (port range, note length …). Its message is
 * the problem alone, in the page's language: the caller says what was not saved.
 */
export class StorageInputError extends Error {
  override readonly name = 'StorageInputError';
}

function summarise(problems: readonly string[]): string {
  const [first = m.pg_import_failed_generic(), ...rest] = problems;
  if (rest.length === 0) return first;
  return m.pg_import_more_problems({ first, count: rest.length });
}

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Whether an error, or an error it wraps (a transaction abort's cause), means the quota ran out. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const {
    name,
    code,
    cause,
    error: inner,
    target,
  } = error as {
    name?: unknown;
    code?: unknown;
    cause?: unknown;
    error?: unknown;
    target?: unknown;
  };
  // Legacy code 22 is QUOTA_EXCEEDED_ERR, still set by some engines on a renamed exception.
  if ((typeof name === 'string' && quotaNames.has(name)) || code === 22) return true;
  return [cause, inner, target].some((wrapped) => isQuotaError(wrapped, depth + 1));
}

const ownErrors = [StorageUnavailableError, StorageFullError, ImportError, StorageInputError];

/** Turns whatever IndexedDB threw into one of our typed errors; programming errors pass through. */
export function toStorageError(error: unknown): unknown {
  if (ownErrors.some((type) => error instanceof type)) return error;
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  if (isDomException(error)) {
    return new StorageUnavailableError(
      'error',
      m.pg_storage_failed({
        name: error.name,
        details: error.message || m.pg_storage_no_details(),
      }),
      { cause: error },
    );
  }
  return error;
}

function isDomException(error: unknown): error is DOMException {
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}
