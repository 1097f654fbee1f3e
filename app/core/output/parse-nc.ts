/** Reads `nc -zv` messages (OpenBSD, macOS and traditional netcat, ncat) as remote port checks. */
import { m } from '../../generated/paraglide/messages.js';
import { remoteRow, settleQueryPort } from './remote.ts';
import { finishProcesses, startResult } from './result.ts';
import { addNote, tokenize, toPort } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

function protocolIn(text: string): Protocol {
  return text.includes('udp') ? 'udp' : 'tcp';
}

/** Splits `host (1.2.3.4)` words off the front, returning the rest. */
function takeHost(words: string[]): { host: string; address: string; rest: string[] } {
  const host = words[0] ?? '';
  const second = words[1];
  if (second !== undefined && second.startsWith('(') && second.endsWith(')')) {
    return { host, address: second.slice(1, -1), rest: words.slice(2) };
  }
  return { host, address: host, rest: words.slice(1) };
}

function readSuccess(words: string[]): { row: SocketRow; host: string } | null {
  // OpenBSD: "Connection to H [(A)] P port [tcp/*] succeeded!"; macOS: "… to H port P [tcp/x] …".
  const { host, address, rest } = takeHost(words.slice(2));
  const port = rest[0] === 'port' ? toPort(rest[1]) : toPort(rest[0]);
  if (port === undefined) return null;
  const protocol = protocolIn(rest.join(' '));
  // UDP has no handshake: "succeeded" only means no "port unreachable" came back (nmap's open|filtered).
  const state = protocol === 'udp' ? 'open|filtered' : 'open';
  return { row: remoteRow(protocol, port, state, address), host };
}

/**
 * What a failed connect means, from the error text (errno strerror, as nc prints it): refused is a
 * reset or ICMP port-unreachable from the host; a timeout is silence; the rest never reached the port.
 */
const FAILURES: readonly (readonly [string, string])[] = [
  ['refused', 'closed'],
  ['timed out', 'filtered'],
  ['No route to host', 'unreachable'],
  ['Network is unreachable', 'unreachable'],
  ['Host is down', 'unreachable'],
  ['Host is unreachable', 'unreachable'],
  ['Permission denied', 'blocked-locally'],
  ['Operation not permitted', 'blocked-locally'],
];

/** The row state for an nc error message; unknown errors stay unknown rather than "closed". */
function failureState(line: string): string {
  for (const [text, state] of FAILURES) if (line.includes(text)) return state;
  return 'failed';
}

function readFailure(words: string[], line: string): { row: SocketRow; host: string } | null {
  // "nc: connect to H [(A)] port P (tcp) failed: Connection refused"; macOS says "connectx to".
  const { host, address, rest } = takeHost(words.slice(3));
  const port = rest[0] === 'port' ? toPort(rest[1]) : undefined;
  if (port === undefined) return null;
  return { row: remoteRow(protocolIn(rest[2] ?? ''), port, failureState(line), address), host };
}

function readTraditional(words: string[], line: string): { row: SocketRow; host: string } | null {
  // Traditional netcat: "host [1.2.3.4] 22 (ssh) open" or "… 22 (?) : Connection refused".
  const bracket = words[1];
  if (bracket === undefined || !bracket.startsWith('[') || !bracket.endsWith(']')) return null;
  const port = toPort(words[2]);
  if (port === undefined) return null;
  const state = line.endsWith(' open') ? 'open' : failureState(line);
  return { row: remoteRow('tcp', port, state, bracket.slice(1, -1)), host: words[0] as string };
}

/** Parses nc's messages; each probed address becomes one row. */
export function parseNc(lines: readonly string[]): ParsedOutput {
  const result = startResult('nc');
  for (const line of lines) {
    const words = tokenize(line);
    let read: { row: SocketRow; host: string } | null = null;
    if (words[0] === 'Connection' && words[1] === 'to' && line.includes('succeeded')) {
      read = readSuccess(words);
    } else if (
      words[0] === 'nc:' &&
      (words[1] === 'connect' || words[1] === 'connectx') &&
      words[2] === 'to'
    ) {
      read = readFailure(words, line);
    } else if (words[0] === 'Ncat:' && words[1] === 'Connected' && words[2] === 'to') {
      const target = words[3] ?? '';
      const cut = target.lastIndexOf(':');
      const port = toPort(target.slice(cut + 1, target.endsWith('.') ? -1 : undefined));
      if (cut > 0 && port !== undefined) {
        read = {
          row: remoteRow('tcp', port, 'open', target.slice(0, cut)),
          host: target.slice(0, cut),
        };
      }
    } else {
      read = readTraditional(words, line);
    }
    if (read === null) continue;
    result.host ??= read.host;
    result.rows.push(read.row);
  }
  if (result.rows.some((row) => row.protocol === 'udp')) {
    addNote(result.notes, m.vd_note_nc_udp());
  }
  return finishProcesses(settleQueryPort(result), false);
}
