import { describe, expect, test } from 'vitest';
import { InvalidPortError, isPort, rangeClassOf } from '../../../../app/core/ports/range-class.ts';
import { ephemeralMembership } from '../../../../app/core/ports/ephemeral.ts';
import { portVerdictLine } from '../../../../app/core/ports/verdict-line.ts';

describe('range classes at the boundaries', () => {
  test.each([
    [0, 'system'],
    [1, 'system'],
    [1023, 'system'],
    [1024, 'user'],
    [32767, 'user'],
    [32768, 'user'],
    [49151, 'user'],
    [49152, 'dynamic'],
    [60999, 'dynamic'],
    [61000, 'dynamic'],
    [65535, 'dynamic'],
  ])('%i is %s', (port, cls) => expect(rangeClassOf(port)).toBe(cls));

  test('every port 0–65535 has exactly the class its number implies', () => {
    const counts = { system: 0, user: 0, dynamic: 0 };
    for (let p = 0; p <= 65535; p++) counts[rangeClassOf(p)]++;
    expect(counts).toEqual({ system: 1024, user: 48128, dynamic: 16384 });
  });

  test.each([-1, 65536, 1.5, NaN, Infinity, '80', null])('refuses %s with a typed error', (bad) => {
    expect(isPort(bad)).toBe(false);
    expect(() => rangeClassOf(bad as number)).toThrow(InvalidPortError);
  });
});

describe('ephemeral membership per OS', () => {
  const linuxContains = (p: number) =>
    ephemeralMembership(p).find((r) => r.os === 'linux')?.contains;
  test.each([
    [32767, false],
    [32768, true],
    [60904, true],
    [60999, true],
    [61000, false],
  ])('Linux contains %i: %s', (port, expected) => expect(linuxContains(port)).toBe(expected));

  test('FreeBSD starts at 10000, Windows and macOS at 49152', () => {
    const at = (p: number, os: string) => ephemeralMembership(p).find((r) => r.os === os)?.contains;
    expect([at(9999, 'freebsd'), at(10000, 'freebsd')]).toEqual([false, true]);
    expect([at(49151, 'windows'), at(49152, 'windows'), at(65535, 'windows')]).toEqual([
      false,
      true,
      true,
    ]);
    expect([at(49151, 'macos'), at(49152, 'macos')]).toEqual([false, true]);
    expect([at(49151, 'openbsd'), at(49152, 'openbsd')]).toEqual([true, false]);
  });

  test("the user's OS comes first", () => {
    expect(ephemeralMembership(80, 'freebsd')[0]?.os).toBe('freebsd');
    expect(ephemeralMembership(80)[0]?.os).toBe('linux');
  });

  test('verdict line for 60904 and 61000 without the knowledge base', () => {
    expect(portVerdictLine(60904)).toBe(
      'dynamic range; ephemeral on Linux, Windows, macOS and FreeBSD',
    );
    expect(portVerdictLine(61000)).toBe(
      'dynamic range; ephemeral on Windows, macOS and FreeBSD only',
    );
    expect(portVerdictLine(80)).toBe(
      'system (well-known) range; not ephemeral by default on Linux, Windows, macOS or FreeBSD',
    );
  });
});
