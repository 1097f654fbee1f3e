/** Reads Linux `ss` output: piped, padded to a terminal's width, with or without -H and -p. */
import { m } from '../../generated/paraglide/messages.js';
import { noteServiceNames } from './notes.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import {
  endpoint,
  hasWordAfter,
  scanWords,
  wordAt,
  wordColonEndpoint,
  wordIsDigits,
  wordText,
} from './line-scan.ts';
import { addNote, MAX_PID } from './text.ts';
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

/**
 * Reads ss's `users:(("name",pid=1,fd=3),…)` column without a regex, pushing one row per owner:
 * the first owner fills `base` itself (most sockets have one), later ones fill copies of it.
 * Returns how many owners it found; with none, it pushes nothing.
 */
function pushOwners(text: string, base: SocketRow, rows: SocketRow[]): number {
  let found = 0;
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
    // What toPid accepts (1–10 digits, at most MAX_PID), read in place rather than from a slice.
    let pid = -1;
    if (end > close + 6 && end <= close + 16) {
      pid = 0;
      for (let i = close + 6; i < end; i++) pid = pid * 10 + text.charCodeAt(i) - 48;
    }
    if (pid >= 0 && pid <= MAX_PID) {
      const row = found === 0 ? base : Object.assign({}, base);
      row.pid = pid;
      row.process = text.slice(open + 2, close);
      rows.push(row);
      found++;
    }
    at = end;
  }
  return found;
}

function protocolOf(netid: string | undefined, state: string): Protocol | undefined {
  if (netid === undefined) return state === 'UNCONN' ? 'udp' : 'tcp';
  if (netid === 'tcp' || netid === 'udp') return netid;
  return undefined;
}

// What readSsLine found, as flags, so a line costs no result object.
const NOT_SOCKET = -1;
const OWNED = 1;
const NAMED = 2;

/** Reads one scanned data line into rows (one per owner); NOT_SOCKET, or OWNED/NAMED flags. */
function readSsLine(line: string, count: number, rows: SocketRow[]): number {
  const first = wordText(line, 0);
  let at = 0;
  let state = first;
  if (!SS_STATES.has(first) && count > 1) {
    state = wordText(line, 1);
    if (!SS_STATES.has(state)) return NOT_SOCKET;
    at = 1;
  }
  if (count <= at + 2 || !wordIsDigits(line, at + 1) || !wordIsDigits(line, at + 2)) {
    return NOT_SOCKET;
  }
  if (!SS_STATES.has(state)) return NOT_SOCKET;
  const protocol = protocolOf(at === 1 ? first : undefined, state);
  // The process column is long and only its presence matters here: do not scan through it.
  if (at === 1) count = scanWords(line, 6, count);
  if (protocol === undefined || count <= at + 4 || !wordColonEndpoint(line, at + 3)) {
    return NOT_SOCKET;
  }
  const { address, port } = endpoint;
  let named = endpoint.named ? NAMED : 0;
  if (!wordColonEndpoint(line, at + 4)) return NOT_SOCKET;
  if (endpoint.named) named = NAMED;
  const base: SocketRow = { protocol, state: normaliseState(state), localAddress: address };
  if (port >= 0) base.localPort = port;
  base.remoteAddress = endpoint.address;
  if (endpoint.port >= 0) base.remotePort = endpoint.port;
  withIpVersion(base);
  if (hasWordAfter(line, at + 5) && pushOwners(line, base, rows) > 0) return named | OWNED;
  rows.push(base);
  return named;
}

/** Parses ss output; lines that are not sockets (headers, unix sockets, netlink) are skipped. */
export function parseSs(lines: readonly string[]): ParsedOutput {
  const result = startResult('ss');
  const rows = result.rows;
  let named = false;
  // The previous line's row when it was its line's only row and had no owner.
  let lone: SocketRow | undefined;
  for (const line of lines) {
    // State, two queues and two endpoints; readSsLine reads one more word after a Netid.
    const count = scanWords(line, 5);
    if (count === 0) continue;
    if (lone !== undefined && line.startsWith('users:(', wordAt[0])) {
      // A terminal that wrapped the line put the process column on a line of its own.
      rows.pop();
      named = pushOwners(line, lone, rows) > 0 || named;
      lone = undefined;
      continue;
    }
    const before = rows.length;
    const read = readSsLine(line, count, rows);
    lone = read === 0 || read === NAMED ? rows[before] : undefined;
    if (read === NOT_SOCKET) continue;
    named ||= (read & OWNED) !== 0;
    if ((read & NAMED) !== 0 && !result.serviceNames) noteServiceNames(result, 'ss', '-n');
  }
  if (!named && rows.length > 0) {
    addNote(result.notes, m.vd_note_ss_no_process());
  }
  return finishProcesses(result, named);
}
