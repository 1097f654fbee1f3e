import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { MAX_QUERY_LENGTH, asciiDigits, parseQuery } from '../../../../app/core/ports/query.ts';
import type { ParsedQuery } from '../../../../app/core/ports/query.ts';
import type { SearchHit, SearchOutcome } from '../../../../app/core/ports/search.ts';

const { search } = createKnowledge();

/** A hit as a short label: "443" for a port page, "8000-8100" for a range page. */
const label = (hit: SearchHit | undefined): string =>
  hit === undefined ? '(none)' : hit.kind === 'port' ? String(hit.port) : `${hit.from}-${hit.to}`;
const top = (query: string, n = 5): string[] =>
  search.search(query, 20).hits.slice(0, n).map(label);

// [query, expected first result, also expected in the top 5]
const QUERIES: [string, string, string[]][] = [
  ['443', '443', []],
  ['53/udp', '53', []],
  ['udp 53', '53', []],
  ['port 80', '80', []],
  ['80 tcp', '80', []],
  ['tcp/80', '80', []],
  ['what is port 22', '22', []],
  ['postgres', '5432', ['6432']],
  ['postgress', '5432', []],
  ['postgresql', '5432', []],
  ['postgre', '5432', []],
  ['mongo', '27017', ['27018']],
  ['mongodb', '27017', []],
  ['redis', '6379', ['26379']],
  ['redis sentinel', '26379', []],
  ['mariadb', '3306', []],
  ['ssh', '22', []],
  ['ssh port', '22', []],
  ['rdp', '3389', []],
  ['elasticsearch', '9200', ['9300']],
  ['kubelet', '10250', ['10255']],
  ['minecraft java', '25565', []],
  ['kafka broker', '9092', []],
  ['8000-8100', '8000-8100', ['8000', '8001']],
  ['49152-', '49152-65535', []],
  ['100-50', '50-100', ['53']],
  ['dns', '53', ['853', '5353']],
  ['ntp', '123', []],
  ['ldaps', '636', []],
  ['ldap', '389', ['636']],
  ['x11', '6000', []],
  ['https', '443', []],
  ['http', '80', ['443']],
  ['www', '80', []],
  ['telnet', '23', []],
  ['smtp', '25', ['465', '587']],
  ['imap', '143', ['993']],
  ['pop3', '110', ['995']],
  ['snmp', '161', ['162']],
  ['kerberos', '88', ['464']],
  ['memcached', '11211', []],
  ['docker', '2375', ['2376', '2377']],
  ['etcd', '2379', ['2380']],
  ['grafana', '3000', []],
  ['mqtt', '1883', ['8883']],
  ['sip', '5060', ['5061']],
  ['openvpn', '1194', []],
  ['wireguard', '51820', []],
  ['nfs', '2049', []],
  ['rsync', '873', []],
  ['vnc', '5900', []],
  ['jupyter', '8888', []],
  ['flex-lm', '27000', []],
  ['ircu', '6665', []],
  ['irc', '194', ['6667', '6697']],
  ['oracle', '1521', []],
  ['sql server', '1433', ['1434']],
  ['ms sql', '1433', []],
  ['zookeeper', '2181', []],
  ['bgp', '179', []],
  ['dhcp', '67', ['68']],
  ['tftp', '69', []],
  ['syslog', '514', ['6514']],
  ['git', '9418', []],
  ['svn', '3690', []],
  ['ipp', '631', []],
  ['bittorrent', '6881', []],
  ['teamspeak', '9987', []],
  // Once ranking weaknesses, fixed by principled signals (lead entry, head word, popularity).
  ['mysql', '3306', ['1186']],
  ['remote desktop', '3389', ['3283']],
  ['kafka', '9092', ['8083']],
  ['smb', '445', ['139']],
  ['ftp', '21', ['20']],
  ['prometheus', '9090', ['9100']],
  ['minecraft', '25565', ['19132']],
  ['http alt', '8080', ['8008']],
  ['mongo db', '27017', []],
  ['mssql', '1433', ['1434']],
  // Once `test.fails` rows, fixed by curated display names (and "kube-apiserver", another name of 6443).
  ['vite', '5173', ['4173']],
  ['kubernetes', '6443', ['443', '10250']],
  ['cassandra', '9042', ['7199']],
  ['rabbitmq', '5672', ['15672']],
  ['kube', '6443', ['10249']],
  // What people type: word aliases (k8s, pg, psql), display names and other names of a port.
  ['k8s', '6443', ['10250']],
  ['k8s api server', '6443', []],
  ['kubernetes api server', '6443', []],
  ['kube-apiserver', '6443', []],
  ['kube-proxy', '10249', ['10256']],
  ['pg', '5432', []],
  ['psql', '5432', []],
  ['airplay', '5000', ['7000']],
  ['airplay receiver', '5000', ['7000']],
  ['controlcenter', '5000', ['7000']],
  ['controlce', '5000', ['7000']],
  ['rabbitmq amqp', '5672', []],
  ['amqp', '5672', ['5671']],
  ['angular', '4200', []],
  ['flask', '5000', []],
  ['django', '8000', []],
  ['development servers', '8000', ['3000', '4000']],
  ['http alternate', '8080', ['8008']],
  ['storybook', '6006', []],
  ['vault', '8200', []],
  ['consul', '8500', ['8300', '8600']],
  ['minio', '9000', []],
  ['ollama', '11434', []],
  ['kibana', '5601', []],
];

describe('search: query → expected first result', () => {
  test('the table has at least 40 queries', () => expect(QUERIES.length).toBeGreaterThan(40));

  test.each(QUERIES)('%s → %s first', (query, first, alsoTop5) => {
    const labels = top(query);
    expect(labels[0]).toBe(first);
    for (const other of alsoTop5) expect(labels, other).toContain(other);
  });

  test('number and protocol keep the protocol on the hit', () => {
    for (const query of ['53/udp', 'udp 53', 'UDP/53', '53 UDP']) {
      const hit = search.search(query).hits[0];
      expect(hit?.kind === 'port' && hit.protocol, query).toBe('udp');
    }
  });

  test('a port hit carries the name and description shown in the list', () => {
    const hit = search.search('5432').hits[0];
    expect(hit).toMatchObject({ kind: 'port', port: 5432, name: 'PostgreSQL' });
    expect(hit?.kind === 'port' && hit.description.length > 10).toBe(true);
  });

  test('the limit is respected', () => {
    expect(search.search('http', 3).hits).toHaveLength(3);
    expect(search.search('0-65535', 10).hits).toHaveLength(10);
  });
});

// Ranking weaknesses found while writing this table went into a `test.fails` block (query, the
// result people mean, the result that came first); the last five (vite, kubernetes, cassandra,
// rabbitmq, kube) now pass and sit at the end of QUERIES. A new weakness gets such a block again.

/** The outcome is useful: results, or a message, or nothing at all for an empty box. */
function isSensible(outcome: SearchOutcome): boolean {
  if (outcome.query.kind === 'empty') return outcome.hits.length === 0 && !outcome.message;
  return outcome.hits.length > 0 || (outcome.message ?? '').trim().length > 0;
}

describe('search: odd inputs never throw and get a reading or a message', () => {
  // [input, expected kind, expected first result or '', message pattern or null]
  const ODD: [string, ParsedQuery['kind'], string, RegExp | null][] = [
    ['abc!!', 'text', '3781', null],
    ['99999', 'invalid', '', /above 65535/],
    ['65536', 'invalid', '', /above 65535/],
    ['-5', 'range', '0-5', /never negative/],
    ['--5', 'invalid', '', /not a port or a range/],
    ['1-2-3', 'invalid', '', /not a port or a range/],
    ['0x50', 'port', '80', /hexadecimal: port 80/],
    ['0x10000', 'invalid', '', /65536 in decimal/],
    ['٨٠', 'port', '80', /as 80/],
    ['۸۰', 'port', '80', /as 80/],
    ['８０', 'port', '80', /as 80/],
    ['२२', 'port', '22', /as 22/],
    ['٨٠/udp', 'port', '80', /80\/udp/],
    ['', 'empty', '', null],
    ['   \t\n', 'empty', '', null],
    ['x'.repeat(2000), 'text', '', /No port matches/],
    ['ssh '.repeat(500), 'text', '22', /first 100 characters/],
    ["'; DROP TABLE", 'text', '', null],
    ['<script>alert(1)</script>', 'text', '', null],
    ['🔥', 'invalid', '', /Nothing to search for/],
    ['🔥 80', 'port', '80', null],
    ['port', 'invalid', '', /type a port number/],
    ['-', 'invalid', '', /type a port number/],
    ['70000-80000', 'invalid', '', /beyond/],
    ['00080', 'port', '80', null],
    ['  80  ', 'port', '80', null],
    ['0', 'port', '0', null],
    ['65535', 'port', '65535', null],
    ['1e3', 'text', '', /No port matches/],
    ['\u0000', 'invalid', '', /Nothing to search for/],
  ];

  test.each(ODD)('%j is read as %s', (input, kind, first, message) => {
    let outcome: SearchOutcome | undefined;
    expect(() => (outcome = search.search(input))).not.toThrow();
    if (!outcome) return;
    expect(outcome.query.kind).toBe(kind);
    if (first) expect(label(outcome.hits[0])).toBe(first);
    if (message) expect(outcome.message ?? '').toMatch(message);
    expect(isSensible(outcome)).toBe(true);
  });

  test('any string at all: no throw, sensible outcome, limit kept', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 50 }),
          fc.stringMatching(/^[0-9x\-–/ tcpud]{0,20}$/),
        ),
        fc.integer({ min: 1, max: 30 }),
        (input, limit) => {
          const outcome = search.search(input, limit);
          return isSensible(outcome) && outcome.hits.length <= limit;
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a truncated query that finds nothing still says it was truncated', () => {
    expect(search.search('x'.repeat(2000)).message).toMatch(/first 100 characters/);
  });
});

describe('parseQuery', () => {
  const long = 'a'.repeat(MAX_QUERY_LENGTH + 50);
  test.each<[string, ParsedQuery]>([
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['443', { kind: 'port', port: 443 }],
    ['0', { kind: 'port', port: 0 }],
    ['65535', { kind: 'port', port: 65535 }],
    ['53/udp', { kind: 'port', port: 53, protocol: 'udp' }],
    ['53 / UDP', { kind: 'port', port: 53, protocol: 'udp' }],
    ['tcp/22', { kind: 'port', port: 22, protocol: 'tcp' }],
    ['udp 53', { kind: 'port', port: 53, protocol: 'udp' }],
    ['port 80', { kind: 'port', port: 80 }],
    ['port 443/tcp', { kind: 'port', port: 443, protocol: 'tcp' }],
    ['what is port 22', { kind: 'port', port: 22 }],
    ['0x50', { kind: 'port', port: 80, note: 'Read 0x50 as hexadecimal: port 80.' }],
    ['0X1BB', { kind: 'port', port: 443, note: 'Read 0X1BB as hexadecimal: port 443.' }],
    ['٨٠', { kind: 'port', port: 80, note: 'Read “٨٠” as 80.' }],
    ['８０', { kind: 'port', port: 80, note: 'Read “８０” as 80.' }],
    ['8000-8100', { kind: 'range', from: 8000, to: 8100 }],
    ['8000 – 8100', { kind: 'range', from: 8000, to: 8100 }],
    ['49152-', { kind: 'range', from: 49152, to: 65535 }],
    // "-1023" mirrors "49152-": a range open at its start. So does "-5"; the note says why.
    [
      '-1023',
      { kind: 'range', from: 0, to: 1023, note: 'Read as 0–1023; ports are never negative.' },
    ],
    ['100-50', { kind: 'range', from: 50, to: 100, note: 'Read as 50–100.' }],
    ['80-80', { kind: 'range', from: 80, to: 80 }],
    ['99999', { kind: 'invalid', message: '99999 is above 65535, the highest port.' }],
    [
      '1234567890123',
      { kind: 'invalid', message: 'That number is above 65535, the highest port.' },
    ],
    ['-5', { kind: 'range', from: 0, to: 5, note: 'Read as 0–5; ports are never negative.' }],
    ['-70000', { kind: 'invalid', message: 'Ports go from 0 to 65535; that range goes beyond.' }],
    [
      '--5',
      {
        kind: 'invalid',
        message:
          '“--5” is not a port or a range: type a port such as 443 or a range such as 8000-8100.',
      },
    ],
    [
      '70000-80000',
      { kind: 'invalid', message: 'Ports go from 0 to 65535; that range goes beyond.' },
    ],
    ['postgres', { kind: 'text', terms: ['postgres'] }],
    ['Remote Desktop', { kind: 'text', terms: ['remote', 'desktop'] }],
    ['the port for ssh', { kind: 'text', terms: ['ssh'] }],
    ['dns udp', { kind: 'text', terms: ['dns'], protocol: 'udp' }],
    ['tcp', { kind: 'text', terms: ['tcp'] }],
    ["'; DROP TABLE", { kind: 'text', terms: ['drop', 'table'] }],
    ['a b c d e f g h i j', { kind: 'text', terms: ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }],
    [
      long,
      {
        kind: 'text',
        terms: ['a'.repeat(MAX_QUERY_LENGTH)],
        note: `Only the first ${MAX_QUERY_LENGTH} characters were used.`,
      },
    ],
  ])('%j → %j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  test.each(['🔥', 'port', '-', '!!!', '\u0000'])('%j has nothing to search for', (input) => {
    const parsed = parseQuery(input);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.message).toMatch(/Nothing to search for/);
  });

  test.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['०१२३४५६७८९', '0123456789'],
    ['０１２３４５６７８９', '0123456789'],
    ['๘๐', '80'],
    ['port ٤٤٣', 'port 443'],
  ])('asciiDigits(%j) = %s', (input, expected) => {
    expect(asciiDigits(input)).toBe(expected);
  });

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const parsed = parseQuery(input);
        return ['empty', 'port', 'range', 'text', 'invalid'].includes(parsed.kind);
      }),
      { numRuns: 500 },
    );
  });
});
