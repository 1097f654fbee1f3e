/** Reads lsof's default table (`lsof -i`, whole-system `lsof`) and its terse `-t` PID list. */
import { m } from '../../generated/paraglide/messages.js';
import { readLsofName } from './lsof-name.ts';
import { noteServiceNames } from './notes.ts';
import { finishProcesses, startResult } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, isDigits, tokenize, toPid } from './text.ts';
import type { ParsedOutput, SocketRow } from './types.ts';

function readLsofLine(words: string[]): { row: SocketRow; named: boolean } | null {
  const typeAt = words.findIndex(
    (word, index) => index >= 3 && (word === 'IPv4' || word === 'IPv6'),
  );
  if (typeAt < 0) return null;
  // The PID column must be digits; a value past any real PID is kept as a socket without one.
  if (!isDigits(words[1])) return null;
  const pid = toPid(words[1]);
  let protoAt = -1;
  for (let i = typeAt + 1; i < words.length && i <= typeAt + 4; i++) {
    if (words[i] === 'TCP' || words[i] === 'UDP') protoAt = i;
    if (protoAt >= 0) break;
  }
  const name = words[protoAt + 1];
  if (protoAt < 0 || name === undefined) return null;
  const read = readLsofName(name, words[protoAt] === 'UDP' ? 'udp' : 'tcp', words[typeAt]);
  if (read === null) return null;
  const { row } = read;
  const state = words[protoAt + 2];
  if (state !== undefined && state.startsWith('(') && state.endsWith(')')) {
    row.state = normaliseState(state.slice(1, -1));
  }
  if (pid !== undefined) row.pid = pid;
  row.process = words[0] as string;
  const user = words[typeAt - 2];
  if (user !== undefined && typeAt - 2 >= 2) row.user = user;
  return read;
}

/** Parses lsof's table; rows that are not internet sockets (files, pipes) are skipped. */
export function parseLsof(lines: readonly string[]): ParsedOutput {
  const result = startResult('lsof');
  let sawTable = false;
  for (const line of lines) {
    const words = tokenize(line);
    if (words.length === 0) continue;
    if (words[0] === 'COMMAND' && words.includes('PID')) {
      sawTable = true;
      continue;
    }
    if (words[0] === 'lsof:') {
      addNote(result.notes, m.vd_note_lsof_said({ line: line.trim().slice(0, 120) }));
      continue;
    }
    const read = readLsofLine(words);
    if (read !== null) {
      result.rows.push(read.row);
      if (read.named) noteServiceNames(result, 'lsof', '-nP');
    }
  }
  if (!sawTable && result.rows.length === 0) readTerse(lines, result);
  return finishProcesses(result, true);
}

/** `lsof -t` prints one PID per line and nothing else. */
function readTerse(lines: readonly string[], result: ParsedOutput): void {
  for (const line of lines) {
    const word = line.trim();
    const pid = isDigits(word) ? toPid(word) : undefined;
    if (pid !== undefined) result.processes.push({ pid });
  }
  if (result.processes.length > 0) {
    addNote(result.notes, m.vd_note_lsof_pids_only());
  }
}
