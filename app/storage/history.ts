import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { groupHistory } from './group-history.ts';
import { KNOWN_SETTINGS } from './known-settings.ts';
import { checkIdentity } from './merge-import.ts';
import { refreshStats } from './port-stats.ts';
import type { PortNamer } from './group-history.ts';
import { HISTORY_STORES } from './schema.ts';
import type { HistorySnapshot, PortHistory } from './types.ts';

/**
 * The history page's rows: one per port, pinned first, then newest. `filter` matches the port
 * number, the name nameOf gives it, or the note text, ignoring case. Reads one summary per
 * port (not every check) in one transaction, so 10,000 checks cost no more than their ports.
 */
export function historyByPort(filter?: string, nameOf?: PortNamer): Promise<PortHistory[]> {
  return withDatabase(async (db) => {
    const tx = db.transaction(['portStats', 'notes', 'pins', 'feedback'], 'readonly');
    const [stats, notes, pins, feedback] = await Promise.all([
      tx.objectStore('portStats').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('pins').getAll(),
      tx.objectStore('feedback').getAll(),
      tx.done,
    ]);
    return groupHistory({ stats, notes, pins, feedback }, filter, nameOf);
  });
}

/** Deletes a port's checks, note, pin and feedback; returns them so the UI can offer undo. */
export function deletePort(port: number): Promise<HistorySnapshot> {
  return withDatabase(async (db) => {
    const tx = db.transaction(HISTORY_STORES, 'readwrite');
    const checks = tx.objectStore('checks');
    const notes = tx.objectStore('notes');
    const pins = tx.objectStore('pins');
    const feedback = tx.objectStore('feedback');
    const [portChecks, note, pin, answer] = await Promise.all([
      checks.index('port').getAll(port),
      notes.get(port),
      pins.get(port),
      feedback.get(port),
    ]);
    await commit(tx.done, [
      ...portChecks.map((check) => checks.delete(check.id)),
      notes.delete(port),
      pins.delete(port),
      feedback.delete(port),
      tx.objectStore('portStats').delete(port),
    ]);
    return {
      checks: portChecks,
      notes: note ? [note] : [],
      pins: pin ? [pin] : [],
      feedback: answer ? [answer] : [],
    };
  });
}

/**
 * What "Clear history" removes and what it keeps, in words the page can show ("Your checks, notes,
 * pins and answers are removed; the platform you chose for commands is kept."). It keeps every
 * setting, so `keeps` lists each known one.
 */
export const CLEAR_HISTORY_SCOPE: { removes: readonly string[]; keeps: readonly string[] } = {
  removes: ['checks', 'notes', 'pins', 'answers to “Was this page helpful?”'],
  keeps: Object.values(KNOWN_SETTINGS).map((setting) => setting.description),
};

/**
 * Empties checks, notes, pins and feedback; settings stay (CLEAR_HISTORY_SCOPE says so in words).
 * Returns what was there, for undo.
 */
export function clearHistory(): Promise<HistorySnapshot> {
  return withDatabase(async (db) => {
    const tx = db.transaction(HISTORY_STORES, 'readwrite');
    const [checks, notes, pins, feedback] = await Promise.all([
      tx.objectStore('checks').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('pins').getAll(),
      tx.objectStore('feedback').getAll(),
    ]);
    await commit(
      tx.done,
      HISTORY_STORES.map((name) => tx.objectStore(name).clear()),
    );
    return { checks, notes, pins, feedback };
  });
}

/**
 * Puts back what clearHistory or deletePort removed, with the same ids (undo). Whatever was
 * written since wins: a check already stored (the same event, say from an import) is not added
 * twice, and a note, pin or answer stored now is not replaced by the older one.
 */
export function restoreHistory(snapshot: HistorySnapshot): Promise<void> {
  return withDatabase(async (db) => {
    const tx = db.transaction(HISTORY_STORES, 'readwrite');
    const checks = tx.objectStore('checks');
    const ports = [...new Set(snapshot.checks.map((check) => check.port))];
    const [stored, notes, pins, feedback] = await Promise.all([
      Promise.all(ports.map((port) => checks.index('port').getAll(port))),
      keysOf(tx.objectStore('notes')),
      keysOf(tx.objectStore('pins')),
      keysOf(tx.objectStore('feedback')),
    ]);
    const seen = new Set(stored.flat().map(checkIdentity));
    await commit(tx.done, [
      ...snapshot.checks
        .filter((check) => !seen.has(checkIdentity(check)))
        .map((check) => checks.put(check)),
      ...refreshStats(
        { checksByPort: checks.index('port'), stats: tx.objectStore('portStats') },
        ports,
      ),
      ...snapshot.notes
        .filter((note) => !notes.has(note.port))
        .map((note) => tx.objectStore('notes').put(note)),
      ...snapshot.pins
        .filter((pin) => !pins.has(pin.port))
        .map((pin) => tx.objectStore('pins').put(pin)),
      ...snapshot.feedback
        .filter((answer) => !feedback.has(answer.port))
        .map((answer) => tx.objectStore('feedback').put(answer)),
    ]);
  });
}

async function keysOf(store: { getAllKeys(): Promise<number[]> }): Promise<Set<number>> {
  return new Set(await store.getAllKeys());
}
