import type { KnowledgeData } from './knowledge-data.ts';
import type {
  IanaAssignment,
  IanaRangeAssignment,
  NearbyPort,
  PortInfo,
  SecurityNote,
  ServiceFact,
  Source,
  UnofficialUse,
} from './types.ts';
import {
  decodeIana,
  decodeRanges,
  decodeSecurity,
  decodeServices,
  decodeUnofficial,
} from './decode.ts';
import type { IanaTable } from './decode.ts';
import { assertPort, rangeClassOf } from './range-class.ts';
import { ephemeralMembership } from './ephemeral.ts';

/** A port with a name, as listed on range pages and in search results. */
export interface NamedPort {
  port: number;
  name: string;
  description: string;
}

// The primary entry of a port comes first: exact-port entries before ranges, then the entry that
// covers more protocols, then the shorter (more general) name ("DNS" before "DNS zone transfer").
function primaryFirst<
  T extends { port: number; portEnd?: number; protocols: unknown[]; name: string },
>(a: T, b: T): number {
  const range = (e: T) => (e.portEnd !== undefined && e.portEnd !== e.port ? 1 : 0);
  return (
    range(a) - range(b) || b.protocols.length - a.protocols.length || a.name.length - b.name.length
  );
}

function groupByPort<T extends { port: number; portEnd?: number }>(items: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    for (let p = item.port; p <= (item.portEnd ?? item.port); p++) {
      const list = map.get(p);
      if (list) list.push(item);
      else map.set(p, [item]);
    }
  }
  return map;
}

/** The decoded knowledge base: every lookup Portwise makes about ports goes through it. */
export class Knowledge {
  readonly iana: IanaTable;
  readonly ranges: IanaRangeAssignment[];
  readonly services: ServiceFact[];
  readonly unofficial: UnofficialUse[];
  readonly security: SecurityNote[];
  readonly blocked: ReadonlySet<number>;
  readonly blockedSource: Source;
  readonly portNumbersVersion: string;
  /** Ports that have a name from IANA or the curated layer, ascending. */
  readonly namedPorts: Int32Array;
  private readonly servicesByPort: Map<number, ServiceFact[]>;
  private readonly unofficialByPort: Map<number, UnofficialUse[]>;
  private readonly securityByPort: Map<number, SecurityNote[]>;

  constructor(private readonly data: KnowledgeData) {
    this.iana = decodeIana(data.iana);
    this.ranges = decodeRanges(data.ranges);
    this.services = decodeServices(data.services);
    this.unofficial = decodeUnofficial(data.unofficial);
    this.security = decodeSecurity(data.security);
    this.blocked = new Set(data.blocked.ports);
    this.blockedSource = { url: data.blocked.source, title: data.blocked.title };
    this.portNumbersVersion = data.portNumbersVersion;
    this.servicesByPort = groupByPort(this.services);
    for (const list of this.servicesByPort.values()) list.sort(primaryFirst);
    this.unofficialByPort = groupByPort(this.unofficial);
    for (const list of this.unofficialByPort.values())
      list.sort((a, b) => confidenceRank(a) - confidenceRank(b) || primaryFirst(a, b));
    this.securityByPort = groupByPort(this.security);
    const named: number[] = [];
    for (let p = 0; p <= 65535; p++) if (this.nameOf(p)) named.push(p);
    this.namedPorts = Int32Array.from(named);
  }

  /** IANA assignments of one port, one per transport, with every name and the RFC references. */
  ianaOf(port: number): IanaAssignment[] {
    const out: IanaAssignment[] = [];
    for (let i = this.iana.first[port] ?? 0; i < (this.iana.first[port + 1] ?? 0); i++) {
      const transport = this.iana.transport[i] ?? 'tcp';
      const key = `${port}/${transport}`;
      const name = this.iana.name[i] ?? '';
      out.push({
        transport,
        names: this.data.aliases[key] ?? (name ? [name] : []),
        description: this.iana.description[i] ?? '',
        references: this.data.references[key] ?? [],
      });
    }
    return out;
  }

  /** The best short name for a port: curated name, IANA's primary name, then a use that is more than a rumour. */
  nameOf(port: number): string {
    const curated = this.servicesByPort.get(port)?.[0]?.name;
    if (curated) return curated;
    for (const a of this.ianaOf(port)) if (a.names[0]) return a.names[0];
    const range = this.ranges.find((r) => r.service && port >= r.from && port <= r.to);
    if (range) return range.service;
    return this.unofficialByPort.get(port)?.find((u) => u.confidence !== 'rumoured')?.name ?? '';
  }

  /** How many curated facts mention a port: a rough, source-free measure of how often people meet it. */
  curatedWeight(port: number): number {
    return (
      (this.servicesByPort.get(port)?.length ?? 0) + (this.unofficialByPort.get(port)?.length ?? 0)
    );
  }

  /** A one-line description for lists: curated summary, else IANA's description. */
  describe(port: number): string {
    const curated = this.servicesByPort.get(port)?.[0]?.summary;
    if (curated) return curated;
    const named = this.ianaOf(port).find((a) => a.names.length > 0);
    if (named) return named.description;
    return this.unofficialByPort.get(port)?.[0]?.summary ?? '';
  }

  /** Everything known about a port; throws InvalidPortError for anything but an integer 0–65535. */
  lookup(port: number, firstOs?: string): PortInfo {
    assertPort(port);
    return {
      port,
      rangeClass: rangeClassOf(port),
      iana: this.ianaOf(port),
      ianaRanges: this.ranges.filter((r) => port >= r.from && port <= r.to),
      services: this.servicesByPort.get(port) ?? [],
      unofficial: this.unofficialByPort.get(port) ?? [],
      security: this.securityByPort.get(port) ?? [],
      ephemeral: ephemeralMembership(port, firstOs),
      browserBlocked: this.blocked.has(port),
      nearby: this.nearby(port, 3),
    };
  }

  /** Up to `count` named ports on each side of a port. */
  nearby(port: number, count: number): NearbyPort[] {
    const ports = this.namedPorts;
    let lo = 0;
    let hi = ports.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ports[mid] ?? 0) < port) lo = mid + 1;
      else hi = mid;
    }
    const below = Array.from(ports.subarray(Math.max(0, lo - count), lo));
    const startAbove = ports[lo] === port ? lo + 1 : lo;
    const above = Array.from(ports.subarray(startAbove, startAbove + count));
    return [...below, ...above].map((p) => ({ port: p, name: this.nameOf(p) }));
  }

  /** Named ports inside [from, to], for range pages (callers page through the result). */
  namedIn(from: number, to: number): NamedPort[] {
    const out: NamedPort[] = [];
    for (const p of this.namedPorts) {
      if (p < from) continue;
      if (p > to) break;
      out.push({ port: p, name: this.nameOf(p), description: this.describe(p) });
    }
    return out;
  }
}

function confidenceRank(use: UnofficialUse): number {
  return ['documented', 'widely-reported', 'rumoured'].indexOf(use.confidence);
}
