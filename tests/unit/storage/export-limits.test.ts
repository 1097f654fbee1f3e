import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { recordCheck } from '../../../app/storage/checks.ts';
import { closeStorage } from '../../../app/storage/db.ts';
import { exportJson, exportJsonFiles } from '../../../app/storage/export.ts';
import { setFeedback } from '../../../app/storage/feedback.ts';
import { importJson } from '../../../app/storage/import.ts';
import { LIMITS } from '../../../app/storage/limits.ts';
import { setNote } from '../../../app/storage/notes.ts';
import { setPin } from '../../../app/storage/pins.ts';
import { setSetting } from '../../../app/storage/settings.ts';
import { splitExport } from '../../../app/storage/split-export.ts';
import type { ExportFile } from '../../../app/storage/types.ts';
import { parseImportFile } from '../../../app/storage/validate-import.ts';
import { useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

/** Bytes of text saved as UTF-8, as the downloaded file holds it. */
const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

/** An export with what legitimately changes between two exports (time, ids) taken out. */
function comparable(file: ExportFile): unknown {
  return {
    ...file,
    exportedAt: undefined,
    checks: file.checks
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => a.at - b.at || a.port - b.port),
  };
}

// The longest output a check may keep, made of what costs most in JSON and UTF-8: quotes and
// backslashes (escaped to two characters), line breaks, accents (2 bytes) and emoji (4 bytes).
const pattern = 'LISTEN "0.0.0.0:80" C:\\nginx é ü 🐘\n';
const longestOutput = pattern
  .repeat(LIMITS.outputChars / pattern.length + 1)
  .slice(0, LIMITS.outputChars);

/** Adds checks with the longest output the app keeps until the export outgrows one file. */
async function fillPastOneFile(): Promise<number> {
  const one = { port: 80, protocol: 'tcp', platform: 'linux', kind: 'paste', at: 0 } as const;
  const perCheck = bytesOf(
    JSON.stringify({ id: 1, ...one, verdict: 'in-use', output: longestOutput }),
  );
  const count = Math.ceil(LIMITS.fileChars / perCheck) + 2;
  for (let index = 0; index < count; index += 1) {
    await recordCheck({
      ...one,
      port: 1000 + (index % 300),
      verdict: 'in-use',
      output: longestOutput,
      at: 1_750_000_000_000 + index,
    });
  }
  for (let port = 1000; port < 1010; port += 1) {
    await setNote(port, `"${'✓'.repeat(LIMITS.noteChars - 2)}"`);
    await setPin(port, true);
    await setFeedback(port, port % 2 === 0);
  }
  await setSetting('platform', 'windows');
  return count;
}

describe('every export can be imported back', () => {
  test('a history past the import limit exports as several compact files that all import back', async () => {
    const count = await fillPastOneFile();
    const before = await exportJson();
    // The pretty-printed file the page used to save is over the 50 MB a file to import may be.
    expect(bytesOf(JSON.stringify(before, null, 2))).toBeGreaterThan(LIMITS.fileChars);

    const parts = await exportJsonFiles();
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(bytesOf(part.text)).toBeLessThanOrEqual(LIMITS.fileChars);
      const parsed = JSON.parse(part.text) as ExportFile;
      expect(part.text).toBe(JSON.stringify(parsed));
      expect([parsed.part, parsed.parts, part.part, part.parts]).toEqual([
        index + 1,
        parts.length,
        index + 1,
        parts.length,
      ]);
      expect(part.name).toMatch(
        new RegExp(
          `^portwise-history-\\d{4}-\\d{2}-\\d{2}-part-${index + 1}-of-${parts.length}\\.json$`,
        ),
      );
    }

    // A fresh browser profile: import every part, in reverse order for good measure.
    await closeStorage();
    globalThis.indexedDB = new IDBFactory();
    let added = 0;
    for (const part of [...parts].reverse()) {
      const result = await importJson(part.text);
      added += result.checks.added;
      expect(result.notices[0]).toMatch(/^This file is part \d+ of \d+ of one export: import the/);
    }
    expect(added).toBe(count);
    expect(comparable(await exportJson())).toEqual(comparable(before));
  }, 120_000);

  test('a small history is one compact file, named by the day, with no part numbers', async () => {
    await setNote(22, 'ssh');
    await setSetting('platform', 'linux');
    const [only, ...rest] = await exportJsonFiles();
    expect(rest).toEqual([]);
    const parsed = JSON.parse(only?.text ?? '') as ExportFile;
    expect(only?.text).toBe(JSON.stringify(parsed));
    expect(only?.name).toBe(`portwise-history-${parsed.exportedAt.slice(0, 10)}.json`);
    expect(parsed).not.toHaveProperty('part');
    expect(parsed.notes).toEqual([expect.objectContaining({ port: 22, text: 'ssh' })]);
  });
});

describe('the most checks one file may carry', () => {
  test('one check more than an import takes splits in two files, each read by the validator', async () => {
    const checks = Array.from({ length: LIMITS.checks + 1 }, (_, index) => ({
      port: index % 65_536,
      protocol: 'tcp' as const,
      platform: 'linux',
      kind: 'view' as const,
      at: index,
    }));
    const file: ExportFile = {
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: new Date().toISOString(),
      checks,
      notes: [],
      pins: [],
      feedback: [],
      settings: [],
    };
    const texts = splitExport(file);
    expect(texts).toHaveLength(2);
    const read = texts.map((text) => parseImportFile(text).file.checks.length);
    expect(read).toEqual([LIMITS.checks, 1]);
  }, 60_000);
});
