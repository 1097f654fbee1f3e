/** Reads `fuser [-v] P/tcp`: its stdout (PIDs), its stderr (label and table), or both pasted. */
import { m } from '../../generated/paraglide/messages.js';
import { finishProcesses, startResult } from './result.ts';
import { addNote, isDigits, tokenize, toPid, toPort } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

const ACCESS = /^[rcefFmM.]{1,6}$/;

interface Entry {
  port: number;
  protocol: Protocol;
  user?: string;
  pid?: number;
  process?: string;
}

/** Reads a `60904/tcp:` label into port and protocol. */
export function readFuserLabel(
  word: string | undefined,
): { port: number; protocol: Protocol } | null {
  if (word === undefined || !word.endsWith(':')) return null;
  const slash = word.indexOf('/');
  const protocol = word.slice(slash + 1, -1);
  const port = toPort(word.slice(0, slash));
  if (slash < 0 || port === undefined || (protocol !== 'tcp' && protocol !== 'udp')) return null;
  return { port, protocol };
}

/** Reads `USER [PID] ACCESS COMMAND` words of the verbose table; PIDs are absent on stderr alone. */
function readTableWords(words: string[], entry: Entry): Entry | null {
  const accessAt = words.findIndex((word) => ACCESS.test(word) && word.length === 5);
  if (accessAt < 1 || accessAt > 2) return null;
  const filled: Entry = { ...entry, user: words[0] as string };
  if (accessAt === 2) {
    const pid = toPid(words[1]);
    if (pid === undefined) return null;
    filled.pid = pid;
  }
  const process = words.slice(accessAt + 1).join(' ');
  if (process !== '') filled.process = process;
  return filled;
}

/** Parses fuser output; stdout's PIDs fill the stderr table's rows in order. */
export function parseFuser(lines: readonly string[]): ParsedOutput {
  const result = startResult('fuser');
  const entries: Entry[] = [];
  const loosePids: number[] = [];
  let current: { port: number; protocol: Protocol } | null = null;
  let verbose = false;
  for (const line of lines) {
    let words = tokenize(line);
    if (words.length === 0) continue;
    const headerAt = words.indexOf('USER');
    if (headerAt >= 0 && words.includes('ACCESS')) {
      verbose = true;
      for (const word of words.slice(0, headerAt)) pushPid(word, loosePids);
      continue;
    }
    const label = readFuserLabel(words[0]);
    if (label !== null) {
      current = label;
      result.queryPort ??= label.port;
      result.queryProtocol ??= label.protocol;
      words = words.slice(1);
      if (words.length === 0) continue;
    } else if (words.every(isDigits)) {
      for (const word of words) pushPid(word, loosePids);
      continue;
    } else if (current === null || !line.startsWith(' ')) {
      addNote(result.notes, m.vd_note_fuser_noise({ line: line.trim().slice(0, 100) }));
      continue;
    }
    if (current === null) continue;
    const base: Entry = { port: current.port, protocol: current.protocol };
    if (words.every(isDigits)) {
      for (const word of words) {
        const pid = toPid(word);
        if (pid !== undefined) entries.push({ ...base, pid });
      }
      continue;
    }
    const entry = readTableWords(words, base);
    if (entry !== null) entries.push(entry);
  }
  return finishFuser(result, entries, loosePids, current, verbose);
}

function pushPid(word: string, pids: number[]): void {
  const pid = isDigits(word) ? toPid(word) : undefined;
  if (pid !== undefined) pids.push(pid);
}

function finishFuser(
  result: ParsedOutput,
  entries: Entry[],
  loosePids: number[],
  label: { port: number; protocol: Protocol } | null,
  verbose: boolean,
): ParsedOutput {
  const missing = entries.filter((entry) => entry.pid === undefined);
  if (missing.length > 0 && missing.length === loosePids.length) {
    missing.forEach((entry, index) => (entry.pid = loosePids[index]));
    loosePids.length = 0;
  }
  if (label !== null && entries.length === 0) {
    // Without -v the label goes to stderr and the PIDs to stdout; the label alone still says "in use".
    if (loosePids.length === 0) entries.push({ ...label });
    for (const pid of loosePids) entries.push({ ...label, pid });
    loosePids.length = 0;
  }
  for (const entry of entries) {
    const row: SocketRow = { protocol: entry.protocol, localPort: entry.port };
    if (entry.pid !== undefined) row.pid = entry.pid;
    if (entry.process !== undefined) row.process = entry.process;
    if (entry.user !== undefined) row.user = entry.user;
    result.rows.push(row);
  }
  for (const pid of loosePids) result.processes.push({ pid });
  if (result.processes.length > 0) {
    addNote(result.notes, m.vd_note_fuser_pids_only());
  }
  if (!verbose && result.rows.length > 0) {
    addNote(result.notes, m.vd_note_fuser_verbose());
  }
  return finishProcesses(result, true);
}
