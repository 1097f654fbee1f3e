import { beforeAll, describe, expect, it } from 'vitest';
import data from '../../../app/data/services-registered.json';
import { hasIanaCsv, skipReason } from '../../helpers/shared-fixtures.ts';
import { ianaNamesFor, readIanaRows, type IanaRow } from '../../helpers/iana-csv.ts';

interface Entry {
  port: number;
  protocols: string[];
  name: string;
  service?: string;
  summary: string;
  category: string;
  source: string;
  sourceTitle: string;
}

const entries: Entry[] = data.entries;
const SLICE = { first: 1024, last: 65535 };
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp', 'dccp']);
const CATEGORIES = new Set([
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
  'other',
]);
// Their licences forbid copying, so they must never be cited as a source (see KNOWLEDGE.md).
const FORBIDDEN_HOSTS = ['wikipedia.org', 'speedguide.net', 'nmap.org'];

const label = (e: Entry) => `${e.port}/${e.protocols.join('+')} ${e.name}`;
const rows = entries.map((e) => [label(e), e] as const);
const key = (e: Entry) => [e.port, e.protocols.join(','), e.name] as const;

describe('services-registered.json', () => {
  it('holds at least 170 curated entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(170);
  });

  it.each(rows)('%s: port is an integer inside 1024-65535', (_, e) => {
    expect(Number.isInteger(e.port)).toBe(true);
    expect(e.port).toBeGreaterThanOrEqual(SLICE.first);
    expect(e.port).toBeLessThanOrEqual(SLICE.last);
  });

  it.each(rows)('%s: protocols are a non-empty set of transport names', (_, e) => {
    expect(e.protocols.length).toBeGreaterThan(0);
    expect(new Set(e.protocols).size).toBe(e.protocols.length);
    for (const protocol of e.protocols) expect(PROTOCOLS.has(protocol), protocol).toBe(true);
  });

  it.each(rows)('%s: name, summary and source title are filled in', (_, e) => {
    for (const text of [e.name, e.summary, e.sourceTitle]) {
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
    }
    if (e.service !== undefined) expect(e.service.trim()).not.toBe('');
  });

  it.each(rows)('%s: summary is one sentence of at most 160 characters', (_, e) => {
    expect(e.summary.length).toBeLessThanOrEqual(160);
    expect(e.summary).toMatch(/[.!?]$/);
    expect(e.summary.slice(0, -1)).not.toMatch(/[.!?]\s/);
  });

  it.each(rows)('%s: category is one of the known categories', (_, e) => {
    expect(CATEGORIES.has(e.category), e.category).toBe(true);
  });

  it.each(rows)('%s: source is an https URL from an allowed site', (_, e) => {
    const url = new URL(e.source);
    expect(url.protocol).toBe('https:');
    for (const host of FORBIDDEN_HOSTS) {
      expect(url.hostname === host || url.hostname.endsWith(`.${host}`), url.hostname).toBe(false);
    }
  });

  it('has no duplicate port, protocol and name', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const e of entries) {
      for (const protocol of e.protocols) {
        const id = `${e.port}/${protocol}/${e.name}`;
        if (seen.has(id)) duplicates.push(id);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('is sorted by port, then by protocol list', () => {
    const sorted = [...entries].sort((a, b) => {
      const [portA, protoA] = key(a);
      const [portB, protoB] = key(b);
      return portA - portB || protoA.localeCompare(protoB);
    });
    expect(entries.map(label)).toEqual(sorted.map(label));
  });

  it.each([
    [1433, 'tcp', 'ms-sql-s', 'database'],
    [3306, 'tcp', 'mysql', 'database'],
    [3389, 'tcp', 'ms-wbt-server', 'remote-access'],
    [5353, 'udp', 'mdns', 'dns'],
    [5432, 'tcp', 'postgresql', 'database'],
    [5900, 'tcp', 'rfb', 'remote-access'],
    [6379, 'tcp', 'redis', 'cache'],
    [8080, 'tcp', 'http-alt', 'web'],
    [9100, 'tcp', 'pdl-datastream', 'printing'],
    [11211, 'tcp', 'memcache', 'cache'],
    [27017, 'tcp', 'mongodb', 'database'],
  ] as const)('covers %i/%s as %s (%s)', (port, protocol, service, category) => {
    const match = entries.find((e) => e.port === port && e.protocols.includes(protocol));
    expect(match?.service).toBe(service);
    expect(match?.category).toBe(category);
  });
});

describe.skipIf(!hasIanaCsv)(
  `services-registered.json against the IANA registry (${skipReason})`,
  () => {
    let iana: IanaRow[] = [];
    beforeAll(() => {
      iana = readIanaRows();
    });

    const withService = rows.filter(([, e]) => e.service !== undefined);

    it.each(withService)('%s: service is an IANA name for every listed protocol', (_, e) => {
      for (const protocol of e.protocols) {
        expect(ianaNamesFor(iana, e.port, protocol), protocol).toContain(e.service);
      }
    });
  },
);
