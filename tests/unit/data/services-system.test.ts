import { beforeAll, describe, expect, it } from 'vitest';
import data from '../../../app/data/services-system.json';
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
const SLICE = { first: 0, last: 1023 };
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp', 'dccp']);
const FIELDS = new Set([
  'port',
  'protocols',
  'name',
  'service',
  'summary',
  'category',
  'source',
  'sourceTitle',
]);
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
// Their licences forbid copying, so they must never be cited (see KNOWLEDGE.md).
const FORBIDDEN_HOSTS = ['wikipedia.org', 'speedguide.net', 'nmap.org'];

const label = (e: Entry) => `${e.port}/${e.protocols.join('+')} ${e.name}`;
const rows = entries.map((e) => [label(e), e] as const);

describe('services-system.json', () => {
  it('holds at least 150 curated entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
  });

  it.each(rows)('%s: has only the documented fields', (_, e) => {
    for (const field of Object.keys(e)) expect(FIELDS.has(field), field).toBe(true);
  });

  it.each(rows)('%s: port is an integer inside 0-1023', (_, e) => {
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
    expect(e.summary).toMatch(/^[A-Za-z0-9]/);
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
    const sorted = [...entries].sort(
      (a, b) => a.port - b.port || a.protocols.join(',').localeCompare(b.protocols.join(',')),
    );
    expect(entries.map(label)).toEqual(sorted.map(label));
  });

  it.each([
    [0, 'tcp', undefined, 'other'],
    [22, 'tcp', 'ssh', 'remote-access'],
    [25, 'tcp', 'smtp', 'mail'],
    [53, 'udp', 'domain', 'dns'],
    [80, 'tcp', 'http', 'web'],
    [88, 'udp', 'kerberos', 'directory'],
    [123, 'udp', 'ntp', 'time'],
    [161, 'udp', 'snmp', 'monitoring'],
    [389, 'tcp', 'ldap', 'directory'],
    [443, 'tcp', 'https', 'web'],
    [445, 'tcp', 'microsoft-ds', 'file-sharing'],
    [500, 'udp', 'isakmp', 'vpn'],
    [502, 'tcp', 'mbap', 'iot'],
    [514, 'udp', 'syslog', 'monitoring'],
    [554, 'tcp', 'rtsp', 'media'],
    [631, 'tcp', 'ipp', 'printing'],
    [853, 'tcp', 'domain-s', 'dns'],
    [993, 'tcp', 'imaps', 'mail'],
  ] as const)('covers %i/%s first as %s (%s)', (port, protocol, service, category) => {
    const match = entries.find((e) => e.port === port && e.protocols.includes(protocol));
    expect(match, `${port}/${protocol}`).toBeDefined();
    expect(match?.service).toBe(service);
    expect(match?.category).toBe(category);
  });
});

describe.skipIf(!hasIanaCsv)(
  `services-system.json against the IANA registry${hasIanaCsv ? '' : ` (${skipReason})`}`,
  () => {
    let iana: IanaRow[] = [];
    beforeAll(() => {
      // Rows without a port (DNS-SD-only names) would otherwise be read as port 0 by ianaNamesFor.
      iana = readIanaRows().filter((row) => row.port !== '');
    });

    const withService = rows.filter(([, e]) => e.service !== undefined);
    const withoutService = rows.filter(([, e]) => e.service === undefined);

    it.each(withService)('%s: service is an IANA name for every listed protocol', (_, e) => {
      for (const protocol of e.protocols) {
        expect(ianaNamesFor(iana, e.port, protocol), protocol).toContain(e.service);
      }
    });

    // An entry may omit service only where IANA names nothing, so a missing field is never an oversight.
    it.each(withoutService)('%s: IANA assigns no service name that the entry omits', (_, e) => {
      for (const protocol of e.protocols) {
        expect(ianaNamesFor(iana, e.port, protocol), protocol).toEqual([]);
      }
    });
  },
);
