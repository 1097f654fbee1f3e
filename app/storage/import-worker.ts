/**
 * The import, off the page's thread: a dedicated worker reads the file, checks it and writes it in
 * one transaction, posting its progress, so 100,000 checks never freeze the page. A cancel message
 * aborts the transaction, which leaves the database as it was. See ImportWorkerMessage for what
 * comes back.
 */
import { useDatabaseName } from './db.ts';
import { importJson, ImportCancelledError } from './import.ts';
import type { ImportOutcome } from './types.ts';

/** What the page sends: a file to import into a database, or a cancel of the import running. */
export type ImportWorkerRequest =
  { type: 'import'; file: Blob; databaseName: string } | { type: 'cancel' };

/** What the worker answers: progress, then exactly one of done, cancelled, unreadable or failed. */
export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'cancelled' }
  | { type: 'unreadable' }
  | { type: 'failed'; name: string; message: string };

/** The worker's global scope, as far as this file uses it (the app compiles with the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;
let running: AbortController | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') running?.abort();
  else void runImport(request.file, request.databaseName);
};

async function runImport(file: Blob, databaseName: string): Promise<void> {
  const controller = new AbortController();
  running = controller;
  let text: string;
  try {
    text = await file.text();
  } catch {
    scope.postMessage({ type: 'unreadable' });
    return;
  }
  try {
    await useDatabaseName(databaseName);
    const outcome = await importJson(text, {
      signal: controller.signal,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
    });
    scope.postMessage({ type: 'done', outcome });
  } catch (error) {
    if (error instanceof ImportCancelledError) scope.postMessage({ type: 'cancelled' });
    else {
      const { name = 'Error', message = String(error) } = (error ?? {}) as Partial<Error>;
      scope.postMessage({ type: 'failed', name, message });
    }
  }
}
