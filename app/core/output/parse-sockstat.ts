/** Reads FreeBSD `sockstat` (-4, -6, -l, -c, -p, -s): USER COMMAND PID FD PROTO LOCAL FOREIGN. */
import { m } from '../../generated/paraglide/messages.js';
import { splitColonEndpoint } from './address.ts';
import { BSD_PROTOCOLS } from './parse-netstat-bsd.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, tokenize, toPid } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

const STATE_WORD = /^[A-Z_]{4,}$/;

function readSockstatLine(words: string[]): SocketRow | null {
  const protocol: Protocol | undefined = BSD_PROTOCOLS[words[4] ?? ''];
  const local = splitColonEndpoint(words[5] ?? '');
  const remote = splitColonEndpoint(words[6] ?? '');
  if (protocol === undefined || local === undefined || remote === undefined) return null;
  const row: SocketRow = { protocol, localAddress: local.address };
  if (local.port !== undefined) row.localPort = local.port;
  row.remoteAddress = remote.address;
  if (remote.port !== undefined) row.remotePort = remote.port;
  const proto = words[4] as string;
  if (proto.endsWith('4')) row.ipVersion = 4;
  else if (proto.endsWith('6') && !proto.endsWith('46')) row.ipVersion = 6;
  // With -s a state column follows; without it, an unconnected TCP socket is a listener.
  const state = words.slice(7).find((word) => STATE_WORD.test(word));
  if (state !== undefined) row.state = normaliseState(state);
  else if (protocol === 'tcp' && remote.address === '*' && remote.port === undefined)
    row.state = 'LISTEN';
  const pid = toPid(words[2]);
  if (pid !== undefined) {
    row.pid = pid;
    row.process = words[1] as string;
  }
  if (words[0] !== '?') row.user = words[0] as string;
  return withIpVersion(row);
}

/** Parses sockstat; unix-socket rows (stream, dgram) are skipped. */
export function parseSockstat(lines: readonly string[]): ParsedOutput {
  const result = startResult('sockstat');
  for (const line of lines) {
    const words = tokenize(line);
    if (words[0] === 'USER' && words[1] === 'COMMAND') continue;
    const row = readSockstatLine(words);
    if (row !== null) result.rows.push(row);
  }
  if (result.rows.some((row) => row.pid === undefined)) {
    addNote(result.notes, m.vd_note_sockstat_unnamed());
  }
  return finishProcesses(result, true);
}
