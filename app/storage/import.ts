import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { planMerge } from './merge-import.ts';
import { statsOf } from './port-stats.ts';
import { ALL_STORES } from './schema.ts';
import type { CheckRecord, ImportOutcome } from './types.ts';
import { parseImportFile } from './validate-import.ts';

/**
 * Imports an export file: validates all of it first (ImportError, nothing written), then merges
 * without duplicates in one readwrite transaction over every store, so a failure (quota …)
 * leaves the database exactly as it was. The outcome counts what changed per store, and its
 * notices say what the file held that was left out (settings this version does not know).
 */
export async function importJson(text: string): Promise<ImportOutcome> {
  const { file: parsed, notices } = parseImportFile(text);
  return withDatabase(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    const [checks, notes, pins, feedback, settings] = await Promise.all([
      tx.objectStore('checks').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('pins').getAll(),
      tx.objectStore('feedback').getAll(),
      tx.objectStore('settings').getAll(),
    ]);
    const plan = planMerge({ checks, notes, pins, feedback, settings }, parsed);
    // Without an id the key generator assigns a fresh one, as for recordCheck.
    const adds = plan.checks.map((check) => tx.objectStore('checks').add(check as CheckRecord));
    // Summaries come from memory (checks already read + the new ids), not one read per port.
    const summaries = Promise.all(adds).then((ids) => {
      const added = plan.checks.map((check, index) => ({ ...check, id: ids[index] ?? 0 }));
      const ports = new Set(added.map((check) => check.port));
      const affected = checks.filter((check) => ports.has(check.port));
      const stats = tx.objectStore('portStats');
      return Promise.all([...statsOf([...affected, ...added]).values()].map((s) => stats.put(s)));
    });
    await commit(tx.done, [
      ...adds,
      summaries,
      ...plan.notes.map((note) => tx.objectStore('notes').put(note)),
      ...plan.pins.map((pin) => tx.objectStore('pins').put(pin)),
      ...plan.feedback.map((answer) => tx.objectStore('feedback').put(answer)),
      ...plan.settings.map((setting) => tx.objectStore('settings').put(setting)),
    ]);
    return { ...plan.result, notices };
  });
}
