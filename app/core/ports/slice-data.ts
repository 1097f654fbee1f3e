/**
 * Cutting the knowledge data into slices, at build time (vite.config.ts writes them; slices.ts
 * finds the one that holds a port).
 *
 * A slice covers a block of consecutive ports and answers `lookup`, `nameOf`, `ianaNameOf` and
 * `describe` for every port in its block exactly as the whole base does. Besides the block's own
 * records (display names included) it keeps the records of the named ports just outside the block
 * (what `nearby` lists), the IANA ranges around it, and the spans (a use or note over many ports)
 * that overlap it.
 */
import type { KnowledgeData } from './knowledge-data.ts';
import type { Knowledge } from './knowledge.ts';
import { decodeIana } from './decode.ts';
import { encodeIanaColumns } from './iana-columns.js';
import type { IanaRecord } from './iana-columns.js';
import type { IanaTable } from './decode.ts';

/** How many named ports `lookup` lists on each side of a port (Knowledge.lookup's `nearby`). */
export const NEARBY_EACH_SIDE = 3;

/** Raw JSON bytes a slice's own records aim at; a single heavy port may make a slice bigger. */
export const SLICE_TARGET_BYTES = 16_000;

/** The records of a decoded IANA table, in order. */
function ianaRecords(table: IanaTable): IanaRecord[] {
  return Array.from(table.port, (port, i) => ({
    port,
    transport: table.transport[i] ?? 'tcp',
    name: table.name[i] ?? '',
    description: table.description[i] ?? '',
  }));
}

const portOfKey = (key: string): number => parseInt(key, 10);

/** Raw JSON bytes each port's own records take, for cutting slices of similar size. */
function weights(data: KnowledgeData): Float64Array {
  const weight = new Float64Array(65536);
  const add = (port: number, bytes: number) => (weight[port] = (weight[port] ?? 0) + bytes);
  for (const r of ianaRecords(decodeIana(data.iana)))
    add(r.port, r.name.length + r.description.length + 8);
  for (const table of [data.aliases, data.references])
    for (const [key, list] of Object.entries(table))
      add(portOfKey(key), JSON.stringify(list).length);
  for (const rows of [
    data.services,
    data.unofficial,
    data.security,
    data.display,
    data.portAliases,
  ])
    for (const row of rows) add(row[0], JSON.stringify(row).length);
  return weight;
}

/** Cuts 0–65535 into blocks whose records weigh about `target` bytes each. */
export function planSlices(data: KnowledgeData, target = SLICE_TARGET_BYTES): number[] {
  const weight = weights(data);
  const starts = [0];
  let total = 0;
  for (let port = 0; port < 65535; port++) {
    total += weight[port] ?? 0;
    if (total >= target) {
      starts.push(port + 1);
      total = 0;
    }
  }
  return starts;
}

/** The data a slice of [from, to] holds; `whole` is the decoded whole base (for the named ports). */
export function sliceData(
  data: KnowledgeData,
  whole: Knowledge,
  from: number,
  to: number,
): KnowledgeData {
  const below = whole.namedPortsIn(0, from - 1);
  const above = whole.namedPortsIn(to + 1, 65535);
  const context = new Set<number>([
    ...below.subarray(Math.max(0, below.length - NEARBY_EACH_SIDE)),
    ...above.subarray(0, NEARBY_EACH_SIDE),
  ]);
  const inBlock = (port: number) => port >= from && port <= to;
  const kept = (port: number) => inBlock(port) || context.has(port);
  const low = Math.min(from, ...context);
  const high = Math.max(to, ...context);
  const overlaps = (start: number, end: number) => start <= to && end >= from;
  const pick = (table: Record<string, string[]>, keep: (port: number) => boolean) =>
    Object.fromEntries(Object.entries(table).filter(([key]) => keep(portOfKey(key))));

  return {
    ...data,
    iana: encodeIanaColumns(ianaRecords(whole.iana).filter((r) => kept(r.port))),
    aliases: pick(data.aliases, kept),
    references: pick(data.references, inBlock),
    ranges: data.ranges.filter(([start, end]) => start <= high && end >= low),
    services: data.services.filter(([port]) => kept(port)),
    // Exact uses of the neighbours name them; spans matter only where they overlap the block.
    unofficial: data.unofficial.filter(([port, end]) =>
      port === end ? kept(port) : overlaps(port, end),
    ),
    security: data.security.filter(([port, end]) => overlaps(port, end)),
    // Display names name the block's ports and the neighbours `nearby` lists.
    display: data.display.filter(([port]) => kept(port)),
    portAliases: data.portAliases.filter(([port]) => kept(port)),
  };
}
