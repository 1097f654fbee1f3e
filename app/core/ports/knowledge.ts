import type { KnowledgeData } from './knowledge-data.ts';
import type {
  DisplayName,
  IanaAssignment,
  IanaRangeAssignment,
  NearbyPort,
  PortInfo,
  SecurityNote,
  ServiceFact,
  Source,
  Transport,
  UnofficialUse,
} from './types.ts';
import {
  recordFrom,
  decodeDisplay,
  decodeIana,
  decodeRanges,
  decodeSecurity,
  decodeServices,
  decodeUnofficial,
} from './decode.ts';
import type { IanaTable } from './decode.ts';
import { assertPort, rangeClassOf } from './range-class.ts';
import { lowerBound } from './sorted.ts';
import { ephemeralMembership } from './ephemeral.ts';

/** A port with a name, as listed on range pages and in search results. */
export interface NamedPort {
  port: number;
  name: string;
  description: string;
  /**
   * Whether the description is curated, so in the page's language; IANA's descriptions and
   * unofficial uses stay English (views mark them `lang="en"`).
   */
  curated: boolean;
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

/** Entries of one exact port, and the few entries that span a range of ports. */
interface PortIndex<T> {
  exact: Map<number, T[]>;
  spans: T[];
}

function indexByPort<T extends { port: number; portEnd?: number }>(
  items: T[],
  order: (a: T, b: T) => number,
): PortIndex<T> {
  const exact = new Map<number, T[]>();
  const spans: T[] = [];
  for (const item of items) {
    if (item.portEnd !== undefined && item.portEnd !== item.port) {
      spans.push(item);
      continue;
    }
    const list = exact.get(item.port);
    if (list) list.push(item);
    else exact.set(item.port, [item]);
  }
  for (const list of exact.values()) list.sort(order);
  return { exact, spans: spans.sort(order) };
}

/** Exact-port entries first, then the spans that contain the port. */
function entriesAt<T extends { port: number; portEnd?: number }>(
  index: PortIndex<T>,
  port: number,
): T[] {
  const exact = index.exact.get(port) ?? [];
  const spans = index.spans.filter((e) => port >= e.port && port <= (e.portEnd ?? e.port));
  return spans.length === 0 ? exact : [...exact, ...spans];
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
  /** Curated display names by port: what a heading, the title, search and history call the port. */
  readonly display: ReadonlyMap<number, DisplayName>;
  /** Search words people type for a word of the names: "k8s" → "kubernetes". */
  readonly wordAliases: ReadonlyMap<string, string>;
  /** More names of a port's software, for search only: 6443 "kube-apiserver". */
  readonly portAliases: readonly { port: number; name: string }[];
  /** The ports the home page lists as popular (app/data/popular.json). */
  readonly popular: ReadonlySet<number>;
  /** Ports that have a name from IANA or the curated layer, ascending. */
  readonly namedPorts: Int32Array;
  private readonly servicesByPort: PortIndex<ServiceFact>;
  private readonly unofficialByPort: PortIndex<UnofficialUse>;
  private readonly securityByPort: PortIndex<SecurityNote>;

  constructor(private readonly data: KnowledgeData) {
    this.iana = decodeIana(data.iana);
    this.ranges = decodeRanges(data.ranges);
    this.services = decodeServices(data.services);
    this.unofficial = decodeUnofficial(data.unofficial);
    this.security = decodeSecurity(data.security);
    this.blocked = new Set(data.blocked.ports);
    this.blockedSource = { url: data.blocked.source, title: data.blocked.title };
    this.portNumbersVersion = data.portNumbersVersion;
    this.display = new Map(decodeDisplay(data.display).map((d) => [d.port, d]));
    this.wordAliases = new Map(data.wordAliases);
    this.popular = new Set(data.popular);
    this.portAliases = data.portAliases.map(([port, name]) => ({ port, name }));
    this.servicesByPort = indexByPort(this.services, primaryFirst);
    this.unofficialByPort = indexByPort(
      this.unofficial,
      (a, b) => confidenceRank(a) - confidenceRank(b) || primaryFirst(a, b),
    );
    this.securityByPort = indexByPort(this.security, () => 0);
    this.namedPorts = this.findNamedPorts();
  }

  /**
   * Every port that nameOf can name, ascending. It runs at load, so it touches only the records
   * there are (a slice has few), never all 65,536 ports, and builds no per-port objects.
   */
  private findNamedPorts(): Int32Array {
    const named: number[] = [];
    const { port, name } = this.iana;
    for (let i = 0; i < port.length; i++) if (name[i]) named.push(port[i] ?? 0);
    for (const key of Object.keys(this.data.aliases)) named.push(parseInt(key, 10));
    for (const p of this.servicesByPort.exact.keys()) named.push(p);
    for (const p of this.display.keys()) named.push(p);
    for (const r of this.ranges) if (r.service) for (let p = r.from; p <= r.to; p++) named.push(p);
    for (const [p, uses] of this.unofficialByPort.exact)
      if (uses.some((u) => u.confidence !== 'rumoured')) named.push(p);
    const sorted = Int32Array.from(named).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] ?? 0;
    return sorted.slice(0, unique);
  }

  /** Indices of one port's IANA records: [start, end). */
  private recordsOf(port: number): [number, number] {
    return [recordFrom(this.iana, port), recordFrom(this.iana, port + 1)];
  }

  /** IANA assignments of one port, one per transport, with every name and the RFC references. */
  ianaOf(port: number): IanaAssignment[] {
    const out: IanaAssignment[] = [];
    const [start, end] = this.recordsOf(port);
    for (let i = start; i < end; i++) {
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

  /**
   * The best short name for a port, as headings, the title, search results and history show it:
   * the curated display name ("Kubernetes API server" for 6443), else the curated primary name
   * ("PostgreSQL"), IANA's primary name, an IANA range's name, then a use that is more than a
   * rumour; '' when nothing names the port.
   */
  nameOf(port: number): string {
    return this.display.get(port)?.name ?? this.undisplayedNameOf(port);
  }

  /** The display name of a port with its source, when it has one. */
  displayNameOf(port: number): DisplayName | undefined {
    return this.display.get(port);
  }

  /**
   * The IANA service name of a port, to show beside nameOf ("sun-sr-https" for 6443): the primary
   * name of its first named record (of `transport` when given), else the name of an IANA range
   * that covers it; '' when IANA names none. It may equal nameOf, or differ only in case ("ssh").
   */
  ianaNameOf(port: number, transport?: Transport): string {
    const [start, end] = this.recordsOf(port);
    for (let i = start; i < end; i++) {
      const t = this.iana.transport[i] ?? 'tcp';
      if (transport && t !== transport) continue;
      const primary = this.data.aliases[`${port}/${t}`]?.[0] ?? this.iana.name[i];
      if (primary) return primary;
    }
    const range = this.ranges.find(
      (r) =>
        r.service &&
        port >= r.from &&
        port <= r.to &&
        (!transport || !r.transport || r.transport === transport),
    );
    return range?.service ?? '';
  }

  /** The curated primary service of a port (the first of its exact-port services). */
  primaryServiceOf(port: number): ServiceFact | undefined {
    return this.servicesByPort.exact.get(port)?.[0];
  }

  /** nameOf without the display name: curated name, IANA's name, then a use that is more than a rumour. */
  private undisplayedNameOf(port: number): string {
    const curated = this.primaryServiceOf(port)?.name;
    if (curated) return curated;
    const iana = this.ianaNameOf(port);
    if (iana) return iana;
    // Only a use of this very port names it: a span such as RTP 10000–20000 would name thousands.
    return (
      this.unofficialByPort.exact.get(port)?.find((u) => u.confidence !== 'rumoured')?.name ?? ''
    );
  }

  /** A one-line description for lists: curated summary, else IANA's description. */
  describe(port: number): string {
    return this.description(port).text;
  }

  /** The one-line description of a port, and whether it is curated (translated) text. */
  description(port: number): { text: string; curated: boolean } {
    const curated = this.servicesByPort.exact.get(port)?.[0]?.summary;
    if (curated) return { text: curated, curated: true };
    const [start, end] = this.recordsOf(port);
    for (let i = start; i < end; i++) {
      if (this.iana.name[i]) return { text: this.iana.description[i] ?? '', curated: false };
    }
    const range = this.ranges.find((r) => r.service && port >= r.from && port <= r.to);
    if (range) return { text: range.description, curated: false };
    return { text: this.unofficialByPort.exact.get(port)?.[0]?.summary ?? '', curated: false };
  }

  /** Everything known about a port; throws InvalidPortError for anything but an integer 0–65535. */
  lookup(port: number, firstOs?: string): PortInfo {
    assertPort(port);
    const iana = this.ianaOf(port);
    const ianaRanges = this.ranges.filter((r) => port >= r.from && port <= r.to);
    const info: PortInfo = {
      port,
      rangeClass: rangeClassOf(port),
      iana,
      ianaRanges,
      services: entriesAt(this.servicesByPort, port),
      unofficial: entriesAt(this.unofficialByPort, port),
      security: entriesAt(this.securityByPort, port),
      ephemeral: ephemeralMembership(port, firstOs),
      browserBlocked: this.blocked.has(port),
      ianaReserved:
        port === 0 ||
        ianaRanges.some((r) => !r.service && saysReserved(r.description)) ||
        (iana.length > 0 && iana.every((a) => a.names.length === 0 && saysReserved(a.description))),
      nearby: this.nearby(port, 3),
    };
    const displayName = this.display.get(port);
    if (displayName) info.displayName = displayName;
    return info;
  }

  /** Up to `count` named ports on each side of a port. */
  nearby(port: number, count: number): NearbyPort[] {
    const ports = this.namedPorts;
    const lo = this.firstNamedFrom(port);
    const below = Array.from(ports.subarray(Math.max(0, lo - count), lo));
    const startAbove = ports[lo] === port ? lo + 1 : lo;
    const above = Array.from(ports.subarray(startAbove, startAbove + count));
    return [...below, ...above].map((p) => ({ port: p, name: this.nameOf(p) }));
  }

  /** Named ports inside [from, to], ascending: a view of `namedPorts`, so callers page without copying. */
  namedPortsIn(from: number, to: number): Int32Array {
    return this.namedPorts.subarray(this.firstNamedFrom(from), this.firstNamedFrom(to + 1));
  }

  /** A named port as lists show it: its name and one-line description. */
  namedPort(port: number): NamedPort {
    const { text, curated } = this.description(port);
    return { port, name: this.nameOf(port), description: text, curated };
  }

  /** Index in `namedPorts` of the first named port at or above a port. */
  private firstNamedFrom(port: number): number {
    return lowerBound(this.namedPorts, port);
  }
}

/** Whether IANA's description marks a row as reserved ("Reserved", "Reserved - IANA"). */
function saysReserved(description: string): boolean {
  return /^reserved\b/i.test(description);
}

function confidenceRank(use: UnofficialUse): number {
  return ['documented', 'widely-reported', 'rumoured'].indexOf(use.confidence);
}
