import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupHistory } from '../../../app/storage/group-history.ts';
import { statsOf } from '../../../app/storage/port-stats.ts';
import type { CheckRecord, Pin } from '../../../app/storage/types.ts';

const checkArb = fc.record({
  port: fc.integer({ min: 0, max: 40 }),
  protocol: fc.constantFrom('tcp' as const, 'udp' as const),
  platform: fc.constantFrom('linux', 'macos', 'windows'),
  kind: fc.constantFrom('view' as const, 'copy' as const, 'paste' as const),
  at: fc.integer({ min: 0, max: 1_000 }),
});

const historyArb = fc
  .tuple(fc.array(checkArb, { maxLength: 200 }), fc.uniqueArray(fc.integer({ min: 0, max: 40 })))
  .map(([checks, pinned]) => ({
    checks: checks.map((check, index): CheckRecord => ({ ...check, id: index + 1 })),
    pins: pinned.map((port): Pin => ({ port, pinnedAt: 5 })),
  }));

const group = (checks: CheckRecord[], pins: Pin[] = []) =>
  groupHistory({ stats: [...statsOf(checks).values()], notes: [], pins, feedback: [] });

describe('groupHistory properties', () => {
  test('every check is counted once, under its own port', () => {
    fc.assert(
      fc.property(historyArb, ({ checks, pins }) => {
        const rows = group(checks, pins);
        expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(checks.length);
        for (const row of rows) {
          const own = checks.filter((check) => check.port === row.port);
          expect(row.count).toBe(own.length);
          if (own.length > 0) expect(row.lastAt).toBe(Math.max(...own.map((check) => check.at)));
        }
        expect(new Set(rows.map((row) => row.port)).size).toBe(rows.length);
      }),
    );
  });

  test('pinned rows come first, then newest first', () => {
    fc.assert(
      fc.property(historyArb, ({ checks, pins }) => {
        const rows = group(checks, pins);
        for (const [index, row] of rows.entries()) {
          const next = rows[index + 1];
          if (!next) continue;
          expect(Number(row.pinned)).toBeGreaterThanOrEqual(Number(next.pinned));
          if (row.pinned === next.pinned) expect(row.lastAt).toBeGreaterThanOrEqual(next.lastAt);
        }
      }),
    );
  });

  test('the order of checks does not change the summary', () => {
    fc.assert(
      fc.property(historyArb, ({ checks }) => {
        expect(statsOf([...checks].reverse())).toEqual(statsOf(checks));
      }),
    );
  });

  test('the last details come from the newest check, the later id winning a tie', () => {
    const base = { port: 5, platform: 'linux', kind: 'view' as const, at: 100 };
    const rows = group([
      { ...base, id: 1, protocol: 'tcp', verdict: 'free' },
      { ...base, id: 2, protocol: 'udp', platform: 'windows' },
      { ...base, id: 3, protocol: 'tcp', at: 50, verdict: 'in-use' },
    ]);
    expect(rows).toEqual([
      {
        port: 5,
        count: 3,
        lastAt: 100,
        pinned: false,
        lastProtocol: 'udp',
        lastPlatform: 'windows',
      },
    ]);
  });
});
