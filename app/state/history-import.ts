/**
 * Runs an import in a worker (app/storage/import-worker.ts) where the browser has workers, so
 * reading, checking and writing a large file never blocks the page; elsewhere (unit tests in Node)
 * on this thread. Either way one transaction writes it, and a cancel leaves nothing behind.
 */
import type { ImportOutcome, ImportWorkerMessage, ImportWorkerRequest } from '../storage/index.ts';
import type { StorageModule } from './database.svelte.ts';
import { m } from '../generated/paraglide/messages.js';

/** How a running import is followed and stopped. */
export interface ImportRun {
  /** Told how many of the new checks are written, out of how many. */
  onProgress: (done: number, total: number) => void;
  /** Aborting it cancels the import if it has not committed yet. */
  signal: AbortSignal;
}

/** The import's end: its outcome, or that it was cancelled and changed nothing. */
export type ImportEnd = { outcome: ImportOutcome } | { cancelled: true };

/** The file could not be read (moved, changed or removed since it was chosen). */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/** Imports `file` into the app's database; rejects with the storage layer's error when it fails. */
export async function importHistoryFile(
  store: StorageModule,
  file: File,
  run: ImportRun,
): Promise<ImportEnd> {
  if (typeof Worker !== 'function') return importHere(store, file, run);
  const worker = new Worker(new URL('../storage/import-worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (request: ImportWorkerRequest) => worker.postMessage(request);
  const cancel = () => send({ type: 'cancel' });
  run.signal.addEventListener('abort', cancel, { once: true });
  try {
    return await new Promise<ImportEnd>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => {
        if (data.type === 'progress') run.onProgress(data.done, data.total);
        else if (data.type === 'done') resolve({ outcome: data.outcome });
        else if (data.type === 'cancelled') resolve({ cancelled: true });
        else if (data.type === 'unreadable') reject(new UnreadableFileError(file.name));
        else reject(Object.assign(new Error(data.message), { name: data.name }));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // The browser's own words, when it gives any, follow the page's sentence.
        reject(
          new Error(
            event.message
              ? m.pg_history_import_not_started_because({ reason: event.message })
              : m.pg_history_import_not_started(),
          ),
        );
      };
      send({ type: 'import', file, databaseName: store.currentDatabaseName() });
    });
  } finally {
    run.signal.removeEventListener('abort', cancel);
    worker.terminate();
  }
}

async function importHere(store: StorageModule, file: File, run: ImportRun): Promise<ImportEnd> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new UnreadableFileError(file.name);
  }
  try {
    return { outcome: await store.importJson(text, run) };
  } catch (error) {
    if (error instanceof store.ImportCancelledError) return { cancelled: true };
    throw error;
  }
}
