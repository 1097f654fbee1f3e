import { m } from '../generated/paraglide/messages.js';
import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { planMerge } from './merge-import.ts';
import { statsOf } from './port-stats.ts';
import { ALL_STORES } from './schema.ts';
import type { CheckRecord, ImportOutcome } from './types.ts';
import { parseImportFile } from './validate-import.ts';

/** How an import reports its progress and is cancelled. */
export interface ImportOptions {
  /** Told how many of the file's new checks are written, now and then and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it before the import commits rolls the whole import back. */
  signal?: AbortSignal;
}

/** An import was cancelled before it committed: nothing of it was stored. */
export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';

  constructor() {
    super(m.pg_import_cancelled());
  }
}

/** Progress is reported once per this many checks written (and at the end). */
const PROGRESS_STEP = 1000;

/**
 * Imports an export file: validates all of it first (ImportError, nothing written), then merges
 * without duplicates in one readwrite transaction over every store, so a failure (quota …)
 * leaves the database exactly as it was. The outcome counts what changed per store, and its
 * notices say what the file held that was left out (settings this version does not know).
 */
export async function importJson(
  text: string,
  { onProgress, signal }: ImportOptions = {},
): Promise<ImportOutcome> {
  const { file: parsed, notices } = parseImportFile(text);
  if (signal?.aborted) throw new ImportCancelledError();
  return withDatabase(async (db) => {
    if (signal?.aborted) throw new ImportCancelledError();
    const tx = db.transaction(ALL_STORES, 'readwrite');
    // Until it commits, a cancel aborts the transaction, which undoes every write made so far.
    const cancel = () => {
      try {
        tx.abort();
      } catch {
        // Already committed or aborted: too late to cancel, the outcome says what happened.
      }
    };
    signal?.addEventListener('abort', cancel, { once: true });
    void tx.done.then(
      () => signal?.removeEventListener('abort', cancel),
      () => signal?.removeEventListener('abort', cancel),
    );
    const [checks, notes, pins, feedback, settings] = await Promise.all([
      tx.objectStore('checks').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('pins').getAll(),
      tx.objectStore('feedback').getAll(),
      tx.objectStore('settings').getAll(),
    ]);
    const plan = planMerge({ checks, notes, pins, feedback, settings }, parsed);
    // Without an id the key generator assigns a fresh one, as for recordCheck.
    const total = plan.checks.length;
    let done = 0;
    const adds = plan.checks.map((check) =>
      tx
        .objectStore('checks')
        .add(check as CheckRecord)
        .then((id) => {
          done += 1;
          if (done % PROGRESS_STEP === 0 || done === total) onProgress?.(done, total);
          return id;
        }),
    );
    // Summaries come from memory (checks already read + the new ids), not one read per port.
    const summaries = Promise.all(adds).then((ids) => {
      const added = plan.checks.map((check, index) => ({ ...check, id: ids[index] ?? 0 }));
      const ports = new Set(added.map((check) => check.port));
      const affected = checks.filter((check) => ports.has(check.port));
      const stats = tx.objectStore('portStats');
      return Promise.all([...statsOf([...affected, ...added]).values()].map((s) => stats.put(s)));
    });
    try {
      await commit(tx.done, [
        ...adds,
        summaries,
        ...plan.notes.map((note) => tx.objectStore('notes').put(note)),
        ...plan.pins.map((pin) => tx.objectStore('pins').put(pin)),
        ...plan.feedback.map((answer) => tx.objectStore('feedback').put(answer)),
        ...plan.settings.map((setting) => tx.objectStore('settings').put(setting)),
      ]);
    } catch (error) {
      if (signal?.aborted) throw new ImportCancelledError();
      throw error;
    }
    return { ...plan.result, notices };
  });
}
