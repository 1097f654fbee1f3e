/** Reads Linux `ss` output: piped, padded to a terminal's width, with or without -H and -p. */
import { splitColonEndpoint } from './address.ts';
import { serviceNamesNote } from './notes.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, isDigits, tokenize, toPid } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

/** The state words ss prints (with hyphens, unlike netstat). */
export const SS_STATES: ReadonlySet<string> = new Set([
  'LISTEN',
  'ESTAB',
  'UNCONN',
  'TIME-WAIT',
  'CLOSE-WAIT',
  'SYN-SENT',
  'SYN-RECV',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'LAST-ACK',
  'CLOSING',
  'CLOSED',
  'UNKNOWN',
]);

const SERVICE_NOTE = serviceNamesNote('ss', '-n');

interface Owner {
  pid: number;
  process: string;
}

/** Reads the owners from ss's `users:(("name",pid=1,fd=3),…)` column, scanning without a regex. */
export function readSsUsers(text: string): Owner[] {
  const owners: Owner[] = [];
  let at = text.indexOf('users:(');
  while (at >= 0) {
    const open = text.indexOf('("', at);
    if (open < 0) break;
    const close = text.indexOf('",pid=', open + 2);
    if (close < 0) break;
    let end = close + 6;
    while (
      end < text.length &&
      end - close < 17 &&
      text.charCodeAt(end) >= 48 &&
      text.charCodeAt(end) <= 57
    )
      end++;
    const pid = toPid(text.slice(close + 6, end));
    if (pid !== undefined) owners.push({ pid, process: text.slice(open + 2, close) });
    at = end;
  }
  return owners;
}

/** One row per owning process; the first owner reuses the row, as most sockets have one. */
function withOwners(base: SocketRow, owners: readonly Owner[]): SocketRow[] {
  const rows: SocketRow[] = [];
  for (const owner of owners) {
    const row = rows.length === 0 ? base : Object.assign({}, base);
    row.pid = owner.pid;
    row.process = owner.process;
    rows.push(row);
  }
  return rows;
}

function protocolOf(netid: string | undefined, state: string): Protocol | undefined {
  if (netid === undefined) return state === 'UNCONN' ? 'udp' : 'tcp';
  if (netid === 'tcp' || netid === 'udp') return netid;
  return undefined;
}

/** Reads one data line into rows (one per owning process), or null when it is not a socket line. */
function readSsLine(
  words: string[],
  line: string,
): { rows: SocketRow[]; owned: boolean; named: boolean } | null {
  const hasNetid = !SS_STATES.has(words[0] ?? '') && SS_STATES.has(words[1] ?? '');
  const at = hasNetid ? 1 : 0;
  const state = words[at] ?? '';
  if (!SS_STATES.has(state) || !isDigits(words[at + 1]) || !isDigits(words[at + 2])) return null;
  const protocol = protocolOf(hasNetid ? words[0] : undefined, state);
  const local = splitColonEndpoint(words[at + 3] ?? '');
  const peer = splitColonEndpoint(words[at + 4] ?? '');
  if (protocol === undefined || local === undefined || peer === undefined) return null;
  const base: SocketRow = { protocol, state: normaliseState(state), localAddress: local.address };
  if (local.port !== undefined) base.localPort = local.port;
  base.remoteAddress = peer.address;
  if (peer.port !== undefined) base.remotePort = peer.port;
  withIpVersion(base);
  const owners = words.length > at + 5 ? readSsUsers(line) : [];
  const named = local.service !== undefined || peer.service !== undefined;
  if (owners.length === 0) return { rows: [base], owned: false, named };
  return { rows: withOwners(base, owners), owned: true, named };
}

/** Parses ss output; lines that are not sockets (headers, unix sockets, netlink) are skipped. */
export function parseSs(lines: readonly string[]): ParsedOutput {
  const result = startResult('ss');
  let named = false;
  let last: SocketRow[] = [];
  for (const line of lines) {
    const words = tokenize(line);
    if (words.length === 0) continue;
    if (words[0]?.startsWith('users:(') && last.length === 1 && last[0]?.pid === undefined) {
      // A terminal that wrapped the line put the process column on a line of its own.
      const owners = readSsUsers(line);
      result.rows.pop();
      for (const row of withOwners(last[0] as SocketRow, owners)) result.rows.push(row);
      named ||= owners.length > 0;
      last = [];
      continue;
    }
    const read = readSsLine(words, line);
    last = read?.rows ?? [];
    if (read === null) continue;
    named ||= read.owned;
    for (const row of read.rows) result.rows.push(row);
    if (read.named) addNote(result.notes, SERVICE_NOTE);
  }
  if (!named && result.rows.length > 0) {
    addNote(
      result.notes,
      'No process column: ss ran without -p, or without root for these sockets',
    );
  }
  return finishProcesses(result, named);
}
