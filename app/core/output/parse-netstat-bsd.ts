/** Reads macOS and FreeBSD `netstat` (-a, -n, -A, -v …) where ports follow a dot: `127.0.0.1.25`. */
import { m } from '../../generated/paraglide/messages.js';
import { splitDotEndpoint, type Endpoint } from './address.ts';
import { noteServiceNames } from './notes.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import { NETSTAT_STATES } from './parse-netstat-linux.ts';
import { addNote, isDigits, tokenize, toPid } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

/** Protocol words of BSD netstat rows. */
export const BSD_PROTOCOLS: Readonly<Record<string, Protocol>> = {
  tcp4: 'tcp',
  tcp6: 'tcp',
  tcp46: 'tcp',
  tcp: 'tcp',
  udp4: 'udp',
  udp6: 'udp',
  udp46: 'udp',
  udp: 'udp',
};

interface Layout {
  /** Width of the address columns, when the header showed it. */
  width: number;
  /** Position of the pid column among the words after the state, or -1. */
  pidAt: number;
  /** Whether the pid column reads `process:pid` (newer macOS). */
  pidWithName: boolean;
}

function readLayout(header: string): Layout {
  const local = header.indexOf('Local Address');
  const foreign = header.indexOf('Foreign Address');
  const width = local >= 0 && foreign > local ? foreign - local - 1 : 0;
  const stateAt = header.indexOf('(state)');
  const after = stateAt < 0 ? [] : tokenize(header.slice(stateAt + 7));
  let pidAt = after.indexOf('pid');
  const pidWithName = pidAt < 0 && after.indexOf('process:pid') >= 0;
  if (pidWithName) pidAt = after.indexOf('process:pid');
  return { width, pidAt, pidWithName };
}

/** A port that fills its column may have lost digits; only a 5-digit port is surely whole. */
function readEndpoint(word: string, layout: Layout, notes: string[]): Endpoint | undefined {
  const endpoint = splitDotEndpoint(word);
  if (endpoint === undefined || layout.width === 0 || word.length < layout.width) return endpoint;
  const digits = word.length - word.lastIndexOf('.') - 1;
  if (endpoint.port === undefined || endpoint.service !== undefined || digits >= 5) return endpoint;
  addNote(notes, m.vd_note_netstat_bsd_cut());
  return { address: endpoint.address };
}

function readBsdLine(words: string[], layout: Layout, result: ParsedOutput): SocketRow | null {
  const notes = result.notes;
  const protoAt = words.findIndex((word, index) => index <= 2 && BSD_PROTOCOLS[word] !== undefined);
  if (protoAt < 0) return null;
  let at = protoAt + 1;
  while (at < words.length && isDigits(words[at])) at++;
  const localWord = words[at];
  const remoteWord = words[at + 1];
  if (localWord === undefined || remoteWord === undefined) return null;
  const local = readEndpoint(localWord, layout, notes);
  const remote = readEndpoint(remoteWord, layout, notes);
  if (local === undefined || remote === undefined) return null;
  if (local.service !== undefined || remote.service !== undefined) {
    noteServiceNames(result, 'netstat', '-n');
  }
  const word = words[protoAt] as string;
  const row: SocketRow = { protocol: BSD_PROTOCOLS[word] as Protocol, localAddress: local.address };
  if (local.port !== undefined) row.localPort = local.port;
  row.remoteAddress = remote.address;
  if (remote.port !== undefined) row.remotePort = remote.port;
  if (word.endsWith('4')) row.ipVersion = 4;
  else if (word.endsWith('6') && !word.endsWith('46')) row.ipVersion = 6;
  at += 2;
  if (NETSTAT_STATES.has(words[at] ?? '')) row.state = normaliseState(words[at++] as string);
  if (layout.pidAt >= 0) readPid(words[at + layout.pidAt], layout.pidWithName, row);
  return withIpVersion(row);
}

function readPid(word: string | undefined, withName: boolean, row: SocketRow): void {
  if (word === undefined) return;
  const cut = withName ? word.lastIndexOf(':') : -1;
  const pid = toPid(cut < 0 ? word : word.slice(cut + 1));
  if (pid !== undefined) row.pid = pid;
  if (cut > 0) row.process = word.slice(0, cut);
}

/** Parses BSD-style netstat; unix, multipath and kernel sections are skipped. */
export function parseNetstatBsd(lines: readonly string[]): ParsedOutput {
  const result = startResult('netstat-bsd');
  let layout: Layout = { width: 0, pidAt: -1, pidWithName: false };
  let hasPid = false;
  for (const line of lines) {
    if (line.includes('Local Address') && line.includes('Proto')) {
      layout = readLayout(line);
      hasPid ||= layout.pidAt >= 0;
      continue;
    }
    const row = readBsdLine(tokenize(line), layout, result);
    if (row !== null) result.rows.push(row);
  }
  if (!hasPid && result.rows.length > 0) {
    addNote(result.notes, m.vd_note_netstat_bsd_no_process());
  }
  return finishProcesses(result, hasPid);
}
