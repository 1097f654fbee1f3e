/** Reads lsof's field output (`-F pcn`, `-F pcnPT` …): one field per line, a letter first. */
import { m } from '../../generated/paraglide/messages.js';
import { readLsofName } from './lsof-name.ts';
import { finishProcesses, startResult } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, toPid } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

/** Parses lsof -F output; a `p` line starts each process, an `n` line each socket. */
export function parseLsofFields(lines: readonly string[]): ParsedOutput {
  const result = startResult('lsof-fields');
  let pid: number | undefined;
  let command: string | undefined;
  let user: string | undefined;
  let protocol: Protocol | undefined;
  let sawProtocol = false;
  let last: SocketRow | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    const value = line.slice(1);
    switch (line[0]) {
      case 'p':
        pid = toPid(value);
        command = undefined;
        user = undefined;
        protocol = undefined;
        last = undefined;
        break;
      case 'c':
        command = value;
        break;
      case 'L':
        user = value;
        break;
      case 'f':
        protocol = undefined;
        last = undefined;
        break;
      case 'P':
        protocol = value === 'UDP' ? 'udp' : value === 'TCP' ? 'tcp' : undefined;
        sawProtocol = true;
        break;
      case 'n': {
        const read = readLsofName(value, protocol ?? 'tcp');
        last = read?.row;
        if (read === null) break;
        if (pid !== undefined) read.row.pid = pid;
        if (command !== undefined) read.row.process = command;
        if (user !== undefined) read.row.user = user;
        result.rows.push(read.row);
        break;
      }
      case 'T':
        if (last !== undefined && value.startsWith('ST='))
          last.state = normaliseState(value.slice(3));
        break;
    }
  }
  if (result.rows.length > 0 && !sawProtocol) {
    addNote(result.notes, m.vd_note_lsof_fields_no_protocol());
  }
  return finishProcesses(result, true);
}
