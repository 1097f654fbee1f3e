import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import {
  clearHistory,
  exportJson,
  historyByPort,
  importJson,
  listChecks,
  openStorage,
  recordCheck,
  setFeedback,
  setNote,
  setPin,
  setSetting,
} from '../../../app/storage/index.ts';
import type { ExportFile, NewCheck } from '../../../app/storage/index.ts';
import { closeStorage, useDatabaseName } from '../../../app/storage/db.ts';
import { DB_NAME } from '../../../app/storage/schema.ts';
import {
  dbFixtures,
  deleteDatabase,
  expectedAfterUpgrade,
  writeFixtureDatabase,
} from '../../fixtures/db/load-fixture.ts';

// Browser test files share one origin, so each uses its own database.
const name = 'portwise-browser-test-real';

beforeEach(async () => {
  await useDatabaseName(name);
  await deleteDatabase(indexedDB, name);
});

afterAll(async () => {
  await closeStorage();
  await deleteDatabase(indexedDB, name);
  await useDatabaseName(DB_NAME);
});

function comparable(file: ExportFile): unknown {
  return { ...file, exportedAt: '', checks: file.checks.map(({ id: _id, ...rest }) => rest) };
}

describe('real IndexedDB in Chromium', () => {
  test('openStorage reports it available', async () => {
    expect(await openStorage()).toEqual({ available: true });
  });

  test('data survives closing and reopening the connection', async () => {
    const check = await recordCheck({
      port: 60904,
      protocol: 'udp',
      platform: 'linux',
      kind: 'view',
      at: 5,
    });
    await setNote(60904, 'Steam Remote Play?');
    await closeStorage();
    expect(await listChecks()).toEqual([check]);
    const [row] = await historyByPort();
    expect(row).toMatchObject({
      port: 60904,
      count: 1,
      lastProtocol: 'udp',
      note: { text: 'Steam Remote Play?' },
    });
  });

  test('export → clear → import gives identical data', async () => {
    for (let index = 0; index < 30; index += 1) {
      await recordCheck({
        port: 1000 + (index % 7),
        protocol: index % 2 ? 'tcp' : 'udp',
        platform: 'windows',
        kind: 'paste',
        commandId: 'windows.netstat.port',
        verdict: 'in-use',
        output: `  TCP    0.0.0.0:${1000 + index}   LISTENING   ${index}\r\n"quoted", =formula`,
        at: 1_760_000_000_000 + index,
      });
    }
    await setPin(1003, true);
    await setFeedback(1001, false);
    await setSetting('platform', 'windows');
    const before = await exportJson();
    await clearHistory();
    expect(await historyByPort()).toEqual([]);
    await importJson(JSON.stringify(before));
    expect(comparable(await exportJson())).toEqual(comparable(before));
  });

  test('10,000 checks group correctly in one read', async () => {
    const checks: NewCheck[] = Array.from({ length: 10_000 }, (_, index) => ({
      port: (index * 7919) % 1500,
      protocol: index % 3 === 0 ? 'udp' : 'tcp',
      platform: ['linux', 'macos', 'windows'][index % 3] ?? 'linux',
      kind: 'view',
      at: 1_700_000_000_000 + index * 1000,
    }));
    const file = {
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: new Date().toISOString(),
      checks,
      notes: [],
      pins: [{ port: 1499, pinnedAt: 1 }],
      feedback: [],
      settings: [],
    };
    const result = await importJson(JSON.stringify(file));
    expect(result.checks.added).toBe(10_000);

    const rows = await historyByPort();
    const expected = new Map<number, { count: number; lastAt: number }>();
    for (const check of checks) {
      const entry = expected.get(check.port) ?? { count: 0, lastAt: 0 };
      entry.count += 1;
      entry.lastAt = Math.max(entry.lastAt, check.at ?? 0);
      expected.set(check.port, entry);
    }
    expect(rows).toHaveLength(expected.size);
    expect(rows[0]?.port).toBe(1499);
    for (const row of rows)
      expect({ count: row.count, lastAt: row.lastAt }).toEqual(expected.get(row.port));
    const unpinned = rows.slice(1).map((row) => row.lastAt);
    expect(unpinned).toEqual([...unpinned].sort((a, b) => b - a));
    expect((await historyByPort('149')).map((row) => row.port).sort((a, b) => a - b)).toEqual(
      [...expected.keys()].filter((port) => String(port).includes('149')).sort((a, b) => a - b),
    );
  });
});

describe.each(dbFixtures.map((fixture) => [fixture.version, fixture] as const))(
  'the v%i fixture database',
  (_version, fixture) => {
    test('upgrades with nothing lost', async () => {
      await closeStorage();
      await writeFixtureDatabase(indexedDB, fixture, name);
      const exported = await exportJson();
      const expected = expectedAfterUpgrade(fixture);
      for (const store of ['checks', 'notes', 'pins', 'feedback', 'settings'] as const) {
        expect(exported[store]).toEqual(expected[store]);
      }
      const added = await recordCheck({
        port: 1,
        protocol: 'tcp',
        platform: 'linux',
        kind: 'view',
      });
      expect(added.id).toBeGreaterThan((expected.checks ?? []).length);
    });
  },
);
