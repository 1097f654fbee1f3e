import { describe, expect, test } from 'vitest';
import { closeStorage, openStorage } from '../../../app/storage/db.ts';
import { exportJson } from '../../../app/storage/export.ts';
import { recordCheck } from '../../../app/storage/checks.ts';
import { historyByPort } from '../../../app/storage/history.ts';
import { DB_NAME, DB_VERSION } from '../../../app/storage/schema.ts';
import {
  dbFixtures,
  expectedAfterUpgrade,
  fixtureRecords,
  writeFixtureDatabase,
} from '../../fixtures/db/load-fixture.ts';
import { useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('schema', () => {
  test('a fresh database gets every store with its key path and indexes', async () => {
    expect(await openStorage()).toEqual({ available: true });
    await closeStorage();
    const db = await openRaw();
    expect(db.version).toBe(DB_VERSION);
    const layout = [...db.objectStoreNames].map((name) => {
      const store = db.transaction(name).objectStore(name);
      return [name, store.keyPath, store.autoIncrement, [...store.indexNames]];
    });
    db.close();
    expect(layout).toEqual([
      ['checks', 'id', true, ['at', 'port']],
      ['feedback', 'port', false, []],
      ['notes', 'port', false, []],
      ['pins', 'port', false, []],
      ['portStats', 'port', false, []],
      ['settings', 'key', false, []],
    ]);
  });

  test('there is one fixture per shipped schema version', () => {
    expect(dbFixtures.map((fixture) => fixture.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, index) => index + 1),
    );
  });
});

describe.each(dbFixtures.map((fixture) => [fixture.version, fixture] as const))(
  'upgrading the v%i fixture',
  (_version, fixture) => {
    test('keeps every record', async () => {
      await writeFixtureDatabase(indexedDB, fixture);
      const exported = await exportJson();
      const expected = expectedAfterUpgrade(fixture);
      expect(exported.checks).toEqual(expected.checks);
      expect(exported.notes).toEqual(expected.notes);
      expect(exported.pins).toEqual(expected.pins);
      expect(exported.feedback).toEqual(expected.feedback);
      expect(exported.settings).toEqual(expected.settings);
    });

    test('keeps the id counter and the indexes working', async () => {
      await writeFixtureDatabase(indexedDB, fixture);
      const checks = fixtureRecords(fixture, 'checks');
      const maxId = Math.max(...checks.map((check) => check.id as number));
      const added = await recordCheck({
        port: 8080,
        protocol: 'tcp',
        platform: 'linux',
        kind: 'view',
      });
      expect(added.id).toBeGreaterThan(maxId);
      const rows = await historyByPort();
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      expect(total).toBe(checks.length + 1);
      const pinned = fixtureRecords(fixture, 'pins').map((pin) => pin.port);
      expect(
        rows
          .slice(0, pinned.length)
          .map((row) => row.port)
          .sort(),
      ).toEqual([...pinned].sort());
    });
  },
);
