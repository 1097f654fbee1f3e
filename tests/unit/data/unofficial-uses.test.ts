/** Schema and IANA cross-checks for the curated unofficial port uses. */
import { describe, expect, it } from 'vitest';
import data from '../../../app/data/unofficial-uses.json';
import { hasIanaCsv, skipReason } from '../../helpers/shared-fixtures.ts';
import { ianaNamesFor, readIanaRows } from '../../helpers/iana-csv.ts';

interface Use {
  port: number;
  portEnd?: number;
  protocols: string[];
  name: string;
  summary: string;
  confidence: string;
  category: string;
  source: string;
  sourceTitle: string;
}

const entries = data.entries as Use[];
const confidences = ['documented', 'widely-reported', 'rumoured'];
const categories = [
  'remote-access',
  'web',
  'mail',
  'dns',
  'directory',
  'file-sharing',
  'database',
  'cache',
  'messaging',
  'dev-server',
  'vpn',
  'voip',
  'games',
  'iot',
  'cloud-native',
  'monitoring',
  'time',
  'network-infra',
  'printing',
  'media',
  'security',
  'malware',
  'other',
];
const bannedSources = /wikipedia\.org|speedguide\.net|nmap\.org/i;
const label = (e: Use) => `${e.port}${e.portEnd ? `-${e.portEnd}` : ''} ${e.name}`;

describe('unofficial-uses.json schema', () => {
  it('has at least 170 entries', () => expect(entries.length).toBeGreaterThanOrEqual(170));

  it.each(entries.map((e) => [label(e), e] as const))('%s is well formed', (_, e) => {
    expect(Object.keys(e).sort()).toEqual(
      ['category', 'confidence', 'name', 'port', 'protocols', 'source', 'sourceTitle', 'summary']
        .concat(e.portEnd === undefined ? [] : ['portEnd'])
        .sort(),
    );
    expect(Number.isInteger(e.port) && e.port >= 0 && e.port <= 65535).toBe(true);
    if (e.portEnd !== undefined) {
      expect(Number.isInteger(e.portEnd) && e.portEnd > e.port && e.portEnd <= 65535).toBe(true);
    }
    expect(e.protocols.length).toBeGreaterThan(0);
    expect(new Set(e.protocols).size).toBe(e.protocols.length);
    for (const p of e.protocols) expect(['tcp', 'udp']).toContain(p);
    expect(confidences).toContain(e.confidence);
    expect(categories).toContain(e.category);
    expect(e.name.trim()).not.toBe('');
    expect(e.summary.trim().length).toBeGreaterThan(0);
    expect(e.summary.length).toBeLessThanOrEqual(160);
    expect(e.sourceTitle.trim()).not.toBe('');
    expect(new URL(e.source).protocol).toBe('https:');
    expect(e.source).not.toMatch(bannedSources);
  });

  it('has no duplicate port + protocol + name', () => {
    const keys = entries.flatMap((e) =>
      e.protocols.map((p) => `${e.port}/${p}/${e.name.toLowerCase()}`),
    );
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('is sorted by port', () => {
    const ports = entries.map((e) => e.port);
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
  });

  it('lists Xsan on 60904 as rumoured', () => {
    const xsan = entries.find((e) => e.port === 60904 && /xsan/i.test(e.name));
    expect(xsan?.confidence).toBe('rumoured');
  });
});

/** Lower-case words of a name, plus each adjacent pair joined, so "etcd client" also yields "etcdclient". */
function nameTokens(name: string): Set<string> {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const pairs = words.slice(1).map((w, i) => `${words[i]}${w}`);
  return new Set([...words, ...pairs]);
}

describe.skipIf(!hasIanaCsv)(
  `unofficial uses are not IANA's own assignment (${skipReason})`,
  () => {
    const rows = hasIanaCsv ? readIanaRows() : [];

    it.each(entries.map((e) => [label(e), e] as const))('%s', (_, e) => {
      const end = e.portEnd ?? e.port;
      const nearby = rows.filter((row) => {
        const [a, b] = row.port.split('-').map(Number);
        return a !== undefined && a <= end && (b ?? a) >= e.port;
      });
      const tokens = nameTokens(e.name);
      const clashes: string[] = [];
      for (let port = e.port; port <= end; port++) {
        for (const protocol of e.protocols) {
          for (const service of ianaNamesFor(nearby, port, protocol)) {
            if (tokens.has(service.toLowerCase().replace(/[^a-z0-9]/g, ''))) {
              clashes.push(`${port}/${protocol} ${service}`);
            }
          }
        }
      }
      expect(clashes).toEqual([]);
    });
  },
);
