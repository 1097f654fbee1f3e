import { checksToCsv } from './csv.ts';
import { withDatabase } from './db.ts';
import { DATA_STORES, DB_VERSION } from './schema.ts';
import { splitExport } from './split-export.ts';
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

/** One file of a JSON export, ready to download. */
export interface ExportPart {
  /** Compact JSON, at most LIMITS.fileChars bytes as UTF-8, so import always takes it. */
  text: string;
  /** `portwise-history-YYYY-MM-DD.json`, or `…-part-2-of-3.json` when the export is split. */
  name: string;
  /** 1-based number of this file, and how many files the export has. */
  part: number;
  parts: number;
}

/**
 * The whole history as compact JSON files that import accepts: one file unless the history is
 * larger than one import may be (LIMITS), then several, each saying which part it is. Importing
 * every part restores everything. Several files are several downloads; the page should say so.
 */
export async function exportJsonFiles(): Promise<ExportPart[]> {
  const file = await exportJson();
  const texts = splitExport(file);
  const day = file.exportedAt.slice(0, 10);
  return texts.map((text, index) => ({
    text,
    name:
      texts.length === 1
        ? `portwise-history-${day}.json`
        : `portwise-history-${day}-part-${index + 1}-of-${texts.length}.json`,
    part: index + 1,
    parts: texts.length,
  }));
}

/** Every check as CSV (oldest first), for spreadsheets. */
export function exportCsv(): Promise<string> {
  return withDatabase(async (db) => checksToCsv(await db.getAllFromIndex('checks', 'at')));
}
