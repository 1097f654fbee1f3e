import { describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { InvalidPortError } from '../../../../app/core/ports/range-class.ts';
import type { PortInfo, RangeClass } from '../../../../app/core/ports/types.ts';

const { knowledge } = createKnowledge();

// Researched default ephemeral ranges (../shared/KNOWLEDGE.md), written out here rather than read
// from app/data so that a wrong data file fails the test.
const EPHEMERAL: Record<string, [number, number]> = {
  linux: [32768, 60999],
  android: [32768, 60999],
  windows: [49152, 65535],
  macos: [49152, 65535],
  freebsd: [10000, 65535],
  openbsd: [1024, 49151],
  solaris: [32768, 65535],
};

// The Fetch standard's bad ports, copied from ../shared/KNOWLEDGE.md (the researched reference).
const FETCH_BAD_PORTS = [
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
];
const badPorts = new Set(FETCH_BAD_PORTS);

function expectedClass(port: number): RangeClass {
  if (port < 1024) return 'system';
  if (port < 49152) return 'user';
  return 'dynamic';
}

/** Everything wrong with one lookup result, as readable strings (empty when it is right). */
function problemsOf(port: number, info: PortInfo): string[] {
  const problems: string[] = [];
  if (info.port !== port) problems.push(`${port}: port is ${info.port}`);
  if (info.rangeClass !== expectedClass(port)) problems.push(`${port}: class ${info.rangeClass}`);
  const seen = new Set(info.ephemeral.map((e) => e.os));
  for (const [os, [from, to]] of Object.entries(EPHEMERAL)) {
    if (!seen.has(os)) problems.push(`${port}: no ephemeral row for ${os}`);
    const row = info.ephemeral.find((e) => e.os === os);
    if (row && row.contains !== (port >= from && port <= to))
      problems.push(`${port}: ${os} contains=${row.contains}`);
  }
  if (info.browserBlocked !== badPorts.has(port))
    problems.push(`${port}: browserBlocked=${info.browserBlocked}`);
  const near = info.nearby.map((n) => n.port);
  if (near.includes(port)) problems.push(`${port}: nearby includes itself`);
  if (near.some((p, i) => i > 0 && p <= (near[i - 1] ?? -1)))
    problems.push(`${port}: nearby not ascending ${near.join(',')}`);
  return problems;
}

describe('lookup() over the whole port space', () => {
  test('every port 0–65535 resolves with the right class, ephemeral flags, blocked flag and neighbours', () => {
    const problems: string[] = [];
    const counts: Record<RangeClass, number> = { system: 0, user: 0, dynamic: 0 };
    for (let port = 0; port <= 65535; port++) {
      const info = knowledge.lookup(port);
      counts[info.rangeClass]++;
      if (problems.length < 20) problems.push(...problemsOf(port, info));
    }
    expect(problems).toEqual([]);
    expect(counts).toEqual({ system: 1024, user: 48128, dynamic: 16384 });
  });
});

describe('boundaries', () => {
  // [port, class, linux, windows, macos, freebsd, openbsd]
  test.each([
    [0, 'system', false, false, false, false, false],
    [1, 'system', false, false, false, false, false],
    [1023, 'system', false, false, false, false, false],
    [1024, 'user', false, false, false, false, true],
    [9999, 'user', false, false, false, false, true],
    [10000, 'user', false, false, false, true, true],
    [32767, 'user', false, false, false, true, true],
    [32768, 'user', true, false, false, true, true],
    [49151, 'user', true, false, false, true, true],
    [49152, 'dynamic', true, true, true, true, false],
    [60904, 'dynamic', true, true, true, true, false],
    [60999, 'dynamic', true, true, true, true, false],
    [61000, 'dynamic', false, true, true, true, false],
    [65535, 'dynamic', false, true, true, true, false],
  ] as const)(
    '%i: %s; Linux %s, Windows %s, macOS %s, FreeBSD %s, OpenBSD %s',
    (port, cls, linux, windows, macos, freebsd, openbsd) => {
      const info = knowledge.lookup(port);
      const on = (os: string) => info.ephemeral.find((e) => e.os === os)?.contains;
      expect(info.rangeClass).toBe(cls);
      expect({
        linux: on('linux'),
        windows: on('windows'),
        macos: on('macos'),
        freebsd: on('freebsd'),
        openbsd: on('openbsd'),
      }).toEqual({ linux, windows, macos, freebsd, openbsd });
    },
  );

  test('each ephemeral row carries the numbers, a command and an https source', () => {
    for (const row of knowledge.lookup(60904).ephemeral) {
      const [from, to] = EPHEMERAL[row.os] ?? [-1, -1];
      expect([row.os, row.from, row.to]).toEqual([row.os, from, to]);
      expect(row.command.trim(), row.os).not.toBe('');
      expect(row.source.url, row.os).toMatch(/^https:\/\//);
    }
  });

  test("the user's OS comes first, the others keep their order", () => {
    const order = (os?: string) => knowledge.lookup(80, os).ephemeral.map((e) => e.os);
    const base = order();
    expect(order('openbsd')).toEqual(['openbsd', ...base.filter((os) => os !== 'openbsd')]);
    expect(order('no-such-os')).toEqual(base);
  });
});

describe('anything but an integer 0–65535 is refused', () => {
  test.each([-1, 65536, 1.5, NaN, Infinity, -Infinity, '80', null, undefined, 80n])(
    'lookup(%s) throws InvalidPortError',
    (bad) => {
      expect(() => knowledge.lookup(bad as number)).toThrow(InvalidPortError);
      try {
        knowledge.lookup(bad as number);
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as InvalidPortError).value).toBe(bad);
        expect((error as Error).message).toMatch(/0 to 65535/);
      }
    },
  );
});

describe('nearby ports', () => {
  test.each([0, 22, 80, 443, 1023, 1024, 6000, 6063, 27017, 49151, 49152, 60904, 65535])(
    'around %i: sorted, without the port, the closest named ports on each side',
    (port) => {
      const near = knowledge.lookup(port).nearby;
      const ports = near.map((n) => n.port);
      expect(ports).toEqual([...ports].sort((a, b) => a - b));
      expect(ports).not.toContain(port);
      const named = Array.from(knowledge.namedPorts);
      const below = named.filter((p) => p < port).slice(-3);
      const above = named.filter((p) => p > port).slice(0, 3);
      expect(ports).toEqual([...below, ...above]);
      for (const n of near) expect(n.name, String(n.port)).not.toBe('');
    },
  );

  test('namedPorts is strictly ascending and every entry has a name', () => {
    const named = Array.from(knowledge.namedPorts);
    expect(named.every((p, i) => i === 0 || p > (named[i - 1] ?? -1))).toBe(true);
    expect(named.filter((p) => knowledge.nameOf(p) === '')).toEqual([]);
    expect(named.length).toBeGreaterThan(6000);
  });
});

describe('browser-blocked ports', () => {
  test.each([
    [6000, true],
    [6667, true],
    [6679, true],
    [4190, true],
    [10080, true],
    [0, true],
    [6001, false],
    [8080, false],
    [80, false],
    [443, false],
    [5173, false],
  ])('%i blocked: %s', (port, blocked) => {
    expect(knowledge.lookup(port).browserBlocked).toBe(blocked);
  });

  test('the whole blocked list is the Fetch standard list from KNOWLEDGE.md', () => {
    expect([...knowledge.blocked].sort((a, b) => a - b)).toEqual(FETCH_BAD_PORTS);
    expect(knowledge.blockedSource.url).toBe('https://fetch.spec.whatwg.org/#port-blocking');
  });
});
