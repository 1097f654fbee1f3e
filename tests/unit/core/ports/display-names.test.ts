/** Display names: what nameOf and ianaNameOf say, their sources, slices and search. */
import { describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { hasIanaCsv, skipReason } from '../../../helpers/shared-fixtures.ts';
import { ianaNamesFor, readIanaRows } from '../../../helpers/iana-csv.ts';
import aliasData from '../../../../app/data/search-aliases.json';

const { knowledge, search } = createKnowledge();

// [port, nameOf (the heading's name), ianaNameOf (the IANA service name beside it)]
const NAMES: [number, string, string][] = [
  [3000, 'development servers (Node, Rails, Grafana)', 'hbci'],
  [6443, 'Kubernetes API server', 'sun-sr-https'],
  [5000, 'AirPlay Receiver on macOS; Flask dev server', 'commplex-main'],
  [7000, 'AirPlay Receiver on macOS', 'afs3-fileserver'],
  [10250, 'Kubernetes kubelet API', ''],
  [5672, 'RabbitMQ (AMQP)', 'amqp'],
  [8080, 'HTTP alternate (proxies, dev servers)', 'http-alt'],
  [8000, 'development servers (Django, FastAPI, Python)', 'irdmi'],
  [8888, 'Jupyter Notebook / JupyterLab', 'ddi-tcp-1'],
  [9000, 'MinIO, SonarQube, PHP-FPM', 'cslistener'],
  [9090, 'Prometheus', 'websm'],
  [9200, 'Elasticsearch / OpenSearch', 'wap-wsp'],
  [5173, 'Vite dev server', ''],
  [4200, 'Angular CLI dev server', 'vrml-multi-use'],
  [6006, 'Storybook and TensorBoard', 'x11'],
  [1521, 'Oracle Database listener', 'ncube-lm'],
  [2181, 'Apache ZooKeeper', 'eforward'],
  [8200, 'HashiCorp Vault', 'trivnet1'],
  [11434, 'Ollama API', 'ollama'],
  // Ports whose curated or IANA name already reads well keep it (the e2e title of 5432 says PostgreSQL).
  [5432, 'PostgreSQL', 'postgresql'],
  [3306, 'MySQL', 'mysql'],
  [6379, 'Redis', 'redis'],
  [27017, 'MongoDB', 'mongodb'],
  [22, 'SSH', 'ssh'],
  [443, 'HTTPS', 'https'],
  [4173, 'Vite preview server', 'mma-discovery'],
  [60904, '', ''],
];

describe('nameOf and ianaNameOf', () => {
  test.each(NAMES)('%i: nameOf %j, ianaNameOf %j', (port, name, iana) => {
    expect(knowledge.nameOf(port)).toBe(name);
    expect(knowledge.ianaNameOf(port)).toBe(iana);
  });

  test('ianaNameOf takes a transport', () => {
    expect(knowledge.ianaNameOf(465, 'tcp')).toBe('urd');
    expect(knowledge.ianaNameOf(465, 'udp')).toBe('igmpv3lite');
    expect(knowledge.ianaNameOf(8888, 'udp')).toBe('ddi-udp-1');
    expect(knowledge.ianaNameOf(4173, 'tcp')).toBe('');
    expect(knowledge.ianaNameOf(4173, 'udp')).toBe('mma-discovery');
    // A range assignment names its ports on the transports it covers.
    expect(knowledge.ianaNameOf(6006, 'tcp')).toBe('x11');
  });

  test('a port with a display name carries it, with its source, in lookup and nearby', () => {
    const info = knowledge.lookup(6443);
    expect(info.displayName).toEqual({
      port: 6443,
      name: 'Kubernetes API server',
      source: {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
      },
    });
    expect(knowledge.displayNameOf(6443)).toEqual(info.displayName);
    expect(knowledge.lookup(5432).displayName).toBeUndefined();
    expect(knowledge.displayNameOf(5432)).toBeUndefined();
    expect(knowledge.lookup(2999).nearby).toContainEqual({ port: 3000, name: NAMES[0]?.[1] });
  });
});

describe('every display name', () => {
  const all = [...knowledge.display.values()];

  test('there are at least 60, for the ports people commonly hit', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const port of [3000, 5000, 6443, 8080, 8000, 8888, 9000, 9090, 9200, 10250, 5672])
      expect(knowledge.display.has(port), String(port)).toBe(true);
  });

  test.each(all.map((d) => [d.port, d] as const))(
    '%i has a short name and an https source',
    (_, d) => {
      expect(d.name.trim()).toBe(d.name);
      expect(d.name.length).toBeGreaterThan(0);
      expect(d.name.length).toBeLessThanOrEqual(50);
      expect(new URL(d.source.url).protocol).toBe('https:');
      expect(d.source.title.trim().length).toBeGreaterThan(0);
    },
  );

  // A display name sums up what the curated data says about the port, so its source is one that
  // data already cites for the port; the exceptions say why.
  const OWN_SOURCE: Record<number, string> = {
    // 5672's service entry cites the AMQP specification; the RabbitMQ name rests on RabbitMQ's guide.
    5672: 'https://www.rabbitmq.com/docs/networking#ports',
  };
  test.each(all.map((d) => [d.port, d] as const))(
    '%i cites a source the port’s curated entries cite',
    (port, d) => {
      const info = knowledge.lookup(port);
      const cited = [...info.services, ...info.unofficial, ...info.security].map(
        (e) => e.source.url,
      );
      if (OWN_SOURCE[port]) expect(d.source.url).toBe(OWN_SOURCE[port]);
      else expect(cited).toContain(d.source.url);
    },
  );

  test('differs from the IANA name it stands beside', () => {
    const same = all.filter(
      (d) => d.name.toLowerCase() === knowledge.ianaNameOf(d.port).toLowerCase(),
    );
    expect(same.map((d) => d.port)).toEqual([]);
  });

  test('finds its port among the first three results when searched', () => {
    const missed = all.filter((d) => {
      const hits = search.search(d.name, 3).hits;
      return !hits.some((h) => h.kind === 'port' && h.port === d.port);
    });
    expect(missed.map((d) => `${d.port} ${d.name}`)).toEqual([]);
  });

  test('is what search results call the port', () => {
    const hit = search.search('6443').hits[0];
    expect(hit).toMatchObject({ kind: 'port', port: 6443, name: 'Kubernetes API server' });
  });
});

describe('search aliases', () => {
  const top = (query: string, n = 5) =>
    search
      .search(query, 20)
      .hits.slice(0, n)
      .map((h) => (h.kind === 'port' ? h.port : -1));

  test.each(aliasData.words.map((w) => [w.alias, w.means] as const))(
    'the word %s finds what %s finds first',
    (alias, means) => {
      expect(knowledge.wordAliases.get(alias)).toBe(means);
      expect(top(alias, 1)).toEqual(top(means, 1));
    },
  );

  test.each(aliasData.ports.map((p) => [p.name, p.port] as const))(
    'the name %s finds %i among the first two',
    (name, port) => expect(top(name, 2)).toContain(port),
  );

  test('an alias widens a query rather than replacing it: "pg" still reaches PgBouncer', () => {
    expect(top('pg')[0]).toBe(5432);
    expect(top('pg', 10)).toContain(6432);
  });
});

describe.skipIf(!hasIanaCsv)('ianaNameOf against the shared IANA copy', () => {
  test('names the first IANA service of each display-named port', () => {
    if (!hasIanaCsv) return void skipReason;
    const rows = readIanaRows();
    const wrong: string[] = [];
    for (const port of knowledge.display.keys()) {
      const expected = ianaNamesFor(rows, port, 'tcp')[0] ?? ianaNamesFor(rows, port, 'udp')[0];
      const got = knowledge.ianaNameOf(port);
      // Ports with no row of their own are named by a range (or not at all).
      if (expected !== undefined && expected.toLowerCase() !== got.toLowerCase())
        wrong.push(`${port}: ${got} (CSV ${expected})`);
    }
    expect(wrong).toEqual([]);
  });
});
