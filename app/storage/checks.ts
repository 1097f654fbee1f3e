import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { StorageInputError } from './errors.ts';
import { addToStats, refreshStats } from './port-stats.ts';
import { readCheck } from './records.ts';
import type { CheckRecord, ExportedCheck, NewCheck } from './types.ts';

/** Validates a check the app wants to store; throws StorageInputError naming the bad field. */
export function toStoredCheck(check: NewCheck): ExportedCheck {
  const result = readCheck({ ...check, at: check.at ?? Date.now() });
  if (!result.ok) throw new StorageInputError(result.problems.join('; '));
  const { id: _ignored, ...value } = result.value;
  return value;
}

/** Records one check (page view, copied command, pasted output); fast with 10,000+ stored. */
export async function recordCheck(check: NewCheck): Promise<CheckRecord> {
  const value = toStoredCheck(check);
  return withDatabase(async (db) => {
    const tx = db.transaction(['checks', 'portStats'], 'readwrite');
    const stats = tx.objectStore('portStats');
    // The key generator fills in `id`, so the record is complete once stored.
    const adding = tx.objectStore('checks').add(value as CheckRecord);
    const updating = Promise.all([adding, stats.get(value.port)]).then(([id, current]) =>
      stats.put(addToStats(current, { ...value, id })).then(() => id),
    );
    const [id] = await commit(tx.done, [updating]);
    return { ...value, id };
  });
}

/**
 * Records a check unless the same event (port, kind, command and time) is stored already, looking
 * and adding in one transaction, so a check queued by a page that was left and stored again by the
 * next start-up counts once. Resolves to the stored record, or undefined when it was there.
 */
export async function recordCheckOnce(
  check: NewCheck & { at: number },
): Promise<CheckRecord | undefined> {
  const value = toStoredCheck(check);
  return withDatabase(async (db) => {
    const tx = db.transaction(['checks', 'portStats'], 'readwrite');
    const checks = tx.objectStore('checks');
    const stats = tx.objectStore('portStats');
    const adding = checks
      .index('at')
      .getAll(value.at)
      .then(async (stored) => {
        if (stored.some((other) => sameEvent(other, value))) return undefined;
        const id = await checks.add(value as CheckRecord);
        await stats.put(addToStats(await stats.get(value.port), { ...value, id }));
        return id;
      });
    const [id] = await commit(tx.done, [adding]);
    return id === undefined ? undefined : { ...value, id };
  });
}

function sameEvent(a: ExportedCheck, b: ExportedCheck): boolean {
  return (
    a.port === b.port &&
    a.kind === b.kind &&
    (a.commandId ?? null) === (b.commandId ?? null) &&
    a.at === b.at
  );
}

/** Up to this many checks of a port are read whole and sorted; more are walked newest first. */
const SORT_IN_MEMORY = 1000;

/**
 * Checks of one port, or of every port, newest first. With `limit`, only the newest `limit` checks
 * of the port are read: a port with 100,000 checks is walked from the newest along the time index,
 * never read whole.
 */
export function listChecks(port?: number, limit?: number): Promise<CheckRecord[]> {
  if (port !== undefined && limit !== undefined) return newestChecks(port, limit);
  return withDatabase(async (db) => {
    const checks =
      port === undefined
        ? await db.getAllFromIndex('checks', 'at')
        : await db.getAllFromIndex('checks', 'port', port);
    return checks.sort(newestFirst);
  });
}

function newestChecks(port: number, limit: number): Promise<CheckRecord[]> {
  return withDatabase(async (db) => {
    const tx = db.transaction('checks', 'readonly');
    const byPort = tx.store.index('port');
    if ((await byPort.count(port)) <= SORT_IN_MEMORY)
      return (await byPort.getAll(port)).sort(newestFirst).slice(0, limit);
    // Newest first along the time index; equal times come highest id first, as newestFirst orders.
    const found: CheckRecord[] = [];
    let cursor = await tx.store.index('at').openCursor(null, 'prev');
    while (cursor && found.length < limit) {
      if (cursor.value.port === port) found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return found;
  });
}

/** Deletes one check by id (no error when it is already gone). */
export function deleteCheck(id: number): Promise<void> {
  return withDatabase(async (db) => {
    const tx = db.transaction(['checks', 'portStats'], 'readwrite');
    const checks = tx.objectStore('checks');
    const removing = checks.get(id).then(async (check) => {
      if (!check) return;
      await checks.delete(id);
      await Promise.all(
        refreshStats({ checksByPort: checks.index('port'), stats: tx.objectStore('portStats') }, [
          check.port,
        ]),
      );
    });
    await commit(tx.done, [removing]);
  });
}

/** Orders checks newest first, breaking ties by id so equal times keep insertion order reversed. */
export function newestFirst(a: CheckRecord, b: CheckRecord): number {
  return b.at - a.at || b.id - a.id;
}
