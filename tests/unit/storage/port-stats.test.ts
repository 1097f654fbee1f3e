import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { deleteCheck, listChecks, recordCheck } from '../../../app/storage/checks.ts';
import { closeStorage, getDatabase } from '../../../app/storage/db.ts';
import { exportJson } from '../../../app/storage/export.ts';
import { clearHistory, deletePort, restoreHistory } from '../../../app/storage/history.ts';
import { importJson } from '../../../app/storage/import.ts';
import { statsOf } from '../../../app/storage/port-stats.ts';
import type { HistorySnapshot } from '../../../app/storage/types.ts';
import { useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

const port = fc.integer({ min: 0, max: 6 });
const operation = fc.oneof(
  fc.record({ op: fc.constant('record' as const), port, at: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ op: fc.constant('deleteCheck' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('deletePort' as const), port }),
  fc.record({ op: fc.constant('clear' as const) }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('reimport' as const), drop: fc.nat({ max: 5 }) }),
);

/** Stored summaries must always equal summaries computed from the stored checks. */
async function expectStatsConsistent(): Promise<void> {
  const db = await getDatabase();
  const stored = await db.getAll('portStats');
  const expected = [...statsOf(await db.getAll('checks')).values()].sort((a, b) => a.port - b.port);
  expect(stored).toEqual(expected);
}

describe('port summaries', () => {
  test('stay equal to the checks after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (operations) => {
        await closeStorage();
        globalThis.indexedDB = new IDBFactory();
        let undo: HistorySnapshot | undefined;
        for (const step of operations) {
          if (step.op === 'record') {
            await recordCheck({
              port: step.port,
              protocol: 'tcp',
              platform: 'linux',
              kind: 'view',
              at: step.at,
            });
          } else if (step.op === 'deleteCheck') {
            const checks = await listChecks();
            const target = checks[step.pick % Math.max(checks.length, 1)];
            if (target) await deleteCheck(target.id);
          } else if (step.op === 'deletePort') undo = await deletePort(step.port);
          else if (step.op === 'clear') undo = await clearHistory();
          else if (step.op === 'undo' && undo) {
            await restoreHistory(undo);
            undo = undefined;
          } else if (step.op === 'reimport') {
            const file = await exportJson();
            await clearHistory();
            await importJson(JSON.stringify({ ...file, checks: file.checks.slice(step.drop) }));
          }
          await expectStatsConsistent();
        }
      }),
      { numRuns: 40 },
    );
  });
});
