/** Reads Windows `netstat` (-a, -n, -o, -b), whatever language its titles and headers are in. */
import { m } from '../../generated/paraglide/messages.js';
import { splitColonEndpoint } from './address.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, tokenize, toPid } from './text.ts';
import type { ParsedOutput, SocketRow } from './types.ts';

function readWindowsLine(words: string[]): SocketRow | null {
  const word = words[0];
  if (word !== 'TCP' && word !== 'UDP') return null;
  const local = splitColonEndpoint(words[1] ?? '');
  const remote = splitColonEndpoint(words[2] ?? '');
  if (local === undefined || remote === undefined || local.port === undefined) return null;
  const row: SocketRow = { protocol: word === 'TCP' ? 'tcp' : 'udp', localAddress: local.address };
  row.localPort = local.port;
  row.remoteAddress = remote.address;
  if (remote.port !== undefined) row.remotePort = remote.port;
  // With -o the PID is the last word. The state between is translated on non-English Windows and
  // may take two words ("IN ASCOLTO"); UDP rows leave it empty.
  let end = words.length;
  const pid = end > 3 ? toPid(words[end - 1]) : undefined;
  if (pid !== undefined) {
    row.pid = pid;
    end--;
  }
  if (end > 3) row.state = normaliseState(words.slice(3, end).join('_'));
  // A TCP socket whose foreign port is 0 is waiting for connections, whatever the state word says
  // (the same test our findstr pattern makes); only -q's English BOUND is not a listener.
  if (row.protocol === 'tcp' && remote.port === 0 && row.state !== 'BOUND') row.state = 'LISTEN';
  return withIpVersion(row);
}

/** Parses Windows netstat; with -b the `[name.exe]` line under a row names its process. */
export function parseNetstatWindows(lines: readonly string[]): ParsedOutput {
  const result = startResult('netstat-windows');
  let last: SocketRow | undefined;
  let hasPid = false;
  for (const line of lines) {
    const words = tokenize(line);
    if (words.length === 0) continue;
    const row = readWindowsLine(words);
    if (row !== null) {
      result.rows.push(row);
      hasPid ||= row.pid !== undefined;
      last = row;
      continue;
    }
    const text = line.trim();
    if (last !== undefined && text.startsWith('[') && text.endsWith(']') && text.length > 2) {
      last.process = text.slice(1, -1);
    } else if (text === 'Can not obtain ownership information') {
      addNote(result.notes, m.vd_note_netstat_windows_no_owner());
    }
  }
  if (!hasPid && result.rows.length > 0) {
    addNote(result.notes, m.vd_note_netstat_windows_no_pid());
  }
  return finishProcesses(result, hasPid);
}
