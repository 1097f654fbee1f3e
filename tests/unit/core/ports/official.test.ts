/** The "Official" badge goes only to curated services that are IANA's own entry for the port. */
import { beforeAll, describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { isOfficial } from '../../../../app/core/ports/official.ts';
import type { PortInfo, ServiceFact } from '../../../../app/core/ports/types.ts';
import { hasIanaCsv, skipReason } from '../../../helpers/shared-fixtures.ts';
import { ianaNamesFor, readIanaRows, type IanaRow } from '../../../helpers/iana-csv.ts';

const { knowledge } = createKnowledge();
const ports = [...new Set(knowledge.services.map((s) => s.port))];
const shown: [PortInfo, ServiceFact][] = ports.flatMap((port) => {
  const info = knowledge.lookup(port);
  return info.services.map((s) => [info, s] as [PortInfo, ServiceFact]);
});
const official = shown.filter(([info, s]) => isOfficial(s, info));
const label = ([, s]: [PortInfo, ServiceFact]) => `${s.port}/${s.protocols.join('+')} ${s.name}`;

describe('Official badge', () => {
  test.each([
    [443, 'Kubernetes API server (managed clusters)'],
    [443, 'SSTP VPN'],
    [443, 'SMB over QUIC'],
    [80, 'ACME HTTP-01 challenge'],
  ])('%i %s is a use of the port, not its registry entry', (port, name) => {
    const info = knowledge.lookup(port);
    const fact = info.services.find((s) => s.name === name);
    expect(fact).toBeDefined();
    expect(isOfficial(fact as ServiceFact, info)).toBe(false);
  });

  test.each([
    [443, 'HTTPS'],
    [443, 'HTTP/3 (QUIC)'],
    [22, 'SSH'],
    [3389, 'Remote Desktop (RDP over UDP)'],
    [6000, 'X11 (X Window System)'],
    [6667, 'IRC'],
  ])('%i %s is official', (port, name) => {
    const info = knowledge.lookup(port);
    const fact = info.services.find((s) => s.name === name);
    expect(isOfficial(fact as ServiceFact, info)).toBe(true);
  });

  test('808 WCF net.tcp is a convention: not a curated service, an unofficial use', () => {
    const info = knowledge.lookup(808);
    expect(info.services.filter((s) => isOfficial(s, info))).toEqual([]);
    expect(info.unofficial.map((u) => u.name)).toContain('WCF net.tcp');
  });

  test('at most one official entry per port, transport and IANA service', () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const [, s] of official)
      for (const t of s.protocols) {
        const key = `${s.port}/${t} ${s.service}`;
        if (seen.has(key)) twice.push(key);
        seen.add(key);
      }
    expect(twice).toEqual([]);
    expect(official.length).toBeGreaterThan(250);
  });
});

describe.skipIf(!hasIanaCsv)(
  `every entry shown as Official matches an IANA row${hasIanaCsv ? '' : ` (${skipReason})`}`,
  () => {
    let rows: IanaRow[] = [];
    beforeAll(() => {
      rows = readIanaRows().filter((row) => row.port !== '');
    });

    test.each(official.map((entry) => [label(entry), entry] as const))('%s', (_, [, s]) => {
      for (const transport of s.protocols)
        expect(ianaNamesFor(rows, s.port, transport), transport).toContain(s.service);
    });
  },
);
