import type {
  CheckRecord,
  ExportedCheck,
  ExportFile,
  Feedback,
  ImportResult,
  Pin,
  PortNote,
  Setting,
  StoreImportCounts,
} from './types.ts';

/** What is stored now, as read inside the import's transaction. */
export interface StoredContents {
  checks: readonly CheckRecord[];
  notes: readonly PortNote[];
  pins: readonly Pin[];
  feedback: readonly Feedback[];
  settings: readonly Setting[];
}

/** The writes an import makes, and the counts it reports. */
export interface MergePlan {
  /** New checks without ids: the database gives them fresh ones. */
  checks: ExportedCheck[];
  notes: PortNote[];
  pins: Pin[];
  feedback: Feedback[];
  settings: Setting[];
  result: ImportResult;
}

/** Two checks are the same event when all of these are equal (ids differ between devices). */
export function checkIdentity(check: ExportedCheck): string {
  return JSON.stringify([
    check.port,
    check.protocol,
    check.platform,
    check.commandId ?? null,
    check.kind,
    check.at,
  ]);
}

/**
 * Decides what an import writes: checks are added unless an identical one exists; per-port
 * records (notes, pins, feedback) keep the newer of local and imported; settings keep the
 * local choice and only fill in missing keys.
 */
export function planMerge(stored: StoredContents, file: ExportFile): MergePlan {
  const seen = new Set(stored.checks.map(checkIdentity));
  const checks: ExportedCheck[] = [];
  const checkCounts = counts();
  for (const { id: _ignored, ...check } of file.checks) {
    const identity = checkIdentity(check);
    if (seen.has(identity)) checkCounts.skipped += 1;
    else {
      seen.add(identity);
      checks.push(check);
      checkCounts.added += 1;
    }
  }
  const notes = newerByKey(
    stored.notes,
    file.notes,
    (n) => n.port,
    (n) => n.updatedAt,
  );
  const pins = newerByKey(
    stored.pins,
    file.pins,
    (p) => p.port,
    (p) => p.pinnedAt,
  );
  const feedback = newerByKey(
    stored.feedback,
    file.feedback,
    (f) => f.port,
    (f) => f.at,
  );
  const settings = newerByKey(
    stored.settings,
    file.settings,
    (s) => s.key,
    () => 0,
  );
  return {
    checks,
    notes: notes.writes,
    pins: pins.writes,
    feedback: feedback.writes,
    settings: settings.writes,
    result: {
      checks: checkCounts,
      notes: notes.counts,
      pins: pins.counts,
      feedback: feedback.counts,
      settings: settings.counts,
    },
  };
}

function counts(): StoreImportCounts {
  return { added: 0, updated: 0, skipped: 0 };
}

/** Keeps, per key, the record with the strictly newer time; ties keep what is stored. */
function newerByKey<T, K>(
  stored: readonly T[],
  incoming: readonly T[],
  keyOf: (record: T) => K,
  timeOf: (record: T) => number,
): { writes: T[]; counts: StoreImportCounts } {
  const current = new Map(stored.map((record) => [keyOf(record), record]));
  const writes = new Map<K, T>();
  const tally = counts();
  for (const record of incoming) {
    const key = keyOf(record);
    const existing = writes.get(key) ?? current.get(key);
    if (existing !== undefined && timeOf(existing) >= timeOf(record)) {
      tally.skipped += 1;
      continue;
    }
    if (current.has(key)) tally.updated += 1;
    else if (!writes.has(key)) tally.added += 1;
    else tally.skipped += 1; // a newer duplicate inside the file replaces its earlier twin
    writes.set(key, record);
  }
  return { writes: [...writes.values()], counts: tally };
}
