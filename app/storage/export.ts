import { checksToCsv } from './csv.ts';
import { withDatabase } from './db.ts';
import { DATA_STORES, DB_VERSION } from './schema.ts';
import type { ExportFile } from './types.ts';

/** The `format` field every export file carries. */
export const EXPORT_FORMAT = 'portwise-history';

/** Everything stored (all stores, read in one transaction), ready for JSON.stringify. */
export function exportJson(): Promise<ExportFile> {
  return withDatabase(async (db) => {
    const tx = db.transaction(DATA_STORES, 'readonly');
    const [checks, notes, pins, feedback, settings] = await Promise.all([
      tx.objectStore('checks').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('pins').getAll(),
      tx.objectStore('feedback').getAll(),
      tx.objectStore('settings').getAll(),
    ]);
    await tx.done;
    return {
      format: EXPORT_FORMAT,
      schemaVersion: DB_VERSION,
      exportedAt: new Date().toISOString(),
      checks,
      notes,
      pins,
      feedback,
      settings,
    };
  });
}

/** Every check as CSV (oldest first), for spreadsheets. */
export function exportCsv(): Promise<string> {
  return withDatabase(async (db) => checksToCsv(await db.getAllFromIndex('checks', 'at')));
}
