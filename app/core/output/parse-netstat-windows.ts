/** Reads Windows `netstat` (-a, -n, -o, -b), whatever language its titles and headers are in. */
import { splitColonEndpoint } from './address.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, isDigits, tokenize, toPid } from './text.ts';
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
  let at = 3;
  const next = words[at];
  // UDP rows leave the state column empty, so the PID (with -o) comes straight after.
  if (next !== undefined && !isDigits(next)) {
    row.state = normaliseState(next);
    at++;
  }
  const pid = toPid(words[at]);
  if (pid !== undefined) row.pid = pid;
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
      addNote(result.notes, 'netstat -b could not name some processes (run it as administrator)');
    }
  }
  if (!hasPid && result.rows.length > 0) {
    addNote(result.notes, 'No PID column: run netstat with -o (netstat -ano)');
  }
  return finishProcesses(result, hasPid);
}
