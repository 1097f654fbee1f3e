/** Service names printed without -n: a name stands for a port only when it names one port. */
import { describe, expect, test } from 'vitest';
import { judgeOutput, parseOutput } from '../../../../app/core/output/index.ts';
import { portOfService } from '../../../../app/core/output/service-names.ts';
import { hasIanaCsv, skipReason } from '../../../helpers/shared-fixtures.ts';
import { readIanaRows } from '../../../helpers/iana-csv.ts';

const SS_HTTP_ALT = `State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
LISTEN 0      511          *:http-alt        *:*     users:(("node",pid=4242,fd=20))
`;

describe('service names that stand for several ports', () => {
  test('ss showing *:http-alt leaves the port unknown (IANA: 591, 8008 and 8080)', () => {
    const parsed = parseOutput(SS_HTTP_ALT);
    expect(parsed.tool).toBe('ss');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.localPort).toBeUndefined();
    expect(parsed.notes.join(' ')).toMatch(/service names/);
    // Neither "node listens on 8080" nor "8080 is free": the name may or may not be this port.
    const verdict = judgeOutput(parsed, 8080, 'tcp');
    expect(verdict.kind).toBe('unverified');
    expect(verdict.sentence).toMatch(/shows ports as names/);
  });

  test.each([
    ['http-alt', undefined],
    ['x11', undefined],
    ['http-proxy', undefined],
    ['https', 443],
    ['postgresql', 5432],
    ['webcache', 8080],
  ])('%s → %s', (name, port) => {
    expect(portOfService(name)).toBe(port);
  });
});

describe.skipIf(!hasIanaCsv)(
  `service names against the IANA registry copy${hasIanaCsv ? '' : ` (${skipReason})`}`,
  () => {
    test('no name that the registry gives to several ports maps to one of them', () => {
      const ports = new Map<string, Set<string>>();
      for (const row of readIanaRows()) {
        if (!row.service || !row.port) continue;
        const set = ports.get(row.service) ?? new Set<string>();
        set.add(row.port);
        ports.set(row.service, set);
      }
      const ambiguous = [...ports]
        .filter(([, set]) => set.size > 1 || [...set].some((p) => p.includes('-')))
        .map(([name]) => name);
      expect(ambiguous).toContain('http-alt');
      expect(ambiguous.filter((name) => portOfService(name) !== undefined)).toEqual([]);
    });
  },
);
