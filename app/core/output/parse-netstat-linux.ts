/**
 * Reads Linux net-tools `netstat` (-t, -u, -l, -a, -n, -p, -e), with or without its header, in
 * English or as its translations print it (titles, headers and some state words are translated).
 */
import { m } from '../../generated/paraglide/messages.js';
import { splitColonEndpoint } from './address.ts';
import { noteServiceNames } from './notes.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { NETSTAT_TRANSLATED_STATES, normaliseState } from './states.ts';
import { addNote, isDigits, tokenize, toPid } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

const PROTOCOLS: Readonly<Record<string, Protocol>> = {
  tcp: 'tcp',
  tcp6: 'tcp',
  udp: 'udp',
  udp6: 'udp',
  udpl: 'udp',
  udpl6: 'udp',
};

/** TCP state words as net-tools prints them (underscores, FIN_WAIT1 without one). */
export const NETSTAT_STATES: ReadonlySet<string> = new Set([
  'LISTEN',
  'ESTABLISHED',
  'SYN_SENT',
  'SYN_RECV',
  'FIN_WAIT1',
  'FIN_WAIT2',
  'TIME_WAIT',
  'CLOSE',
  'CLOSE_WAIT',
  'LAST_ACK',
  'CLOSING',
  'UNKNOWN',
]);

/**
 * The Recv-Q column title: English, Japanese (po/ja.po) and a Spanish build's “Recib”
 * (https://pastebin.com/eZ8R4h3Z); German, French and Portuguese keep Recv-Q.
 */
export const RECV_Q: ReadonlySet<string> = new Set(['Recv-Q', '受信-Q', 'Recib']);

const PID_PROGRAM = /^(\d{1,10})\/(.*)$/s;

/**
 * Not every process could be named: netstat ran without root. The note in the English of the
 * default locale, for callers that read it as a constant; the parser adds it in the page's language.
 */
export const NETSTAT_NOT_ROOT_NOTE =
  'netstat could not name other users’ processes: run it with sudo to see them all';

/**
 * How net-tools starts its two “not root” notices, in English and as its translations print them:
 * “(Not all processes could be identified …” when some owners were readable, “(No info could be
 * read for "-p" …” when none were. From net-tools' po/de.po, fr.po, pt_BR.po, ja.po (the same
 * texts netstat 2.10 printed on Debian 12 with LANGUAGE set), and a Spanish build's paste at
 * https://pastebin.com/eZ8R4h3Z (net-tools upstream has no es.po).
 */
const NOT_ROOT_STARTS: readonly string[] = [
  '(Not all processes could be identified',
  '(No info could be read for "-p"',
  '(Es konnten nicht alle Prozesse identifiziert werden',
  '(Für "-p": geteuid()=',
  '(Tous les processus ne peuvent être identifiés',
  '(Pas d\'infos lues pour "-p"',
  '(Nem todos os processos puderam ser identificados',
  '(Não foi possível ler informações para "-p"',
  '(一部のプロセスが識別されますが',
  '("-p"の情報を読み込めませんでした',
  '(No todos los procesos pueden ser identificados',
];

function isNotRootNotice(line: string): boolean {
  return line.startsWith('(') && NOT_ROOT_STARTS.some((start) => line.startsWith(start));
}

interface LineRead {
  row: SocketRow;
  processColumn: boolean;
  named: boolean;
}

function readNetstatLine(words: string[]): LineRead | null {
  const protocol = PROTOCOLS[words[0] ?? ''];
  if (protocol === undefined || !isDigits(words[1]) || !isDigits(words[2])) return null;
  const local = splitColonEndpoint(words[3] ?? '');
  const remote = splitColonEndpoint(words[4] ?? '');
  if (local === undefined || remote === undefined) return null;
  const row: SocketRow = { protocol, localAddress: local.address };
  if (local.port !== undefined) row.localPort = local.port;
  row.remoteAddress = remote.address;
  if (remote.port !== undefined) row.remotePort = remote.port;
  if (words[0]?.endsWith('6')) row.ipVersion = 6;
  let at = 5;
  const stateWord = words[at] ?? '';
  if (NETSTAT_STATES.has(stateWord) || NETSTAT_TRANSLATED_STATES.has(stateWord)) {
    row.state = normaliseState(stateWord);
    at++;
  }
  // With -e come User and Inode; with -p the last column is PID/Program name (or '-').
  // Indexes into words rather than slices of it: this runs for every row of a long listing.
  let ownerAt = -1;
  for (let i = at; i < words.length && ownerAt < 0; i++) {
    const word = words[i] as string;
    if (word === '-' || PID_PROGRAM.test(word)) ownerAt = i;
  }
  const before = (ownerAt < 0 ? words.length : ownerAt) - at;
  if (before >= 2 && isDigits(words[at + 1]) && !isDigits(words[at])) row.user = words[at];
  if (ownerAt >= 0) {
    // A program name with spaces spans several words; most rows end in one owner word.
    const owner = ownerAt === words.length - 1 ? words[ownerAt] : words.slice(ownerAt).join(' ');
    const match = PID_PROGRAM.exec(owner as string);
    const pid = toPid(match?.[1]);
    if (pid !== undefined) row.pid = pid;
    if (match?.[2]) row.process = match[2];
  }
  const named = local.service !== undefined || remote.service !== undefined;
  return { row: withIpVersion(row), processColumn: ownerAt >= 0, named };
}

/** Parses Linux netstat; unix-socket, bluetooth and raw sections are skipped. */
export function parseNetstatLinux(lines: readonly string[]): ParsedOutput {
  const result = startResult('netstat-linux');
  let processColumn = false;
  for (const line of lines) {
    // The header's column titles are translated under some locales; PID/Program name is not.
    if (line.startsWith('Proto ') && RECV_Q.has(tokenize(line)[1] ?? '')) {
      processColumn ||= line.includes('PID/Program');
      continue;
    }
    if (isNotRootNotice(line)) {
      addNote(result.notes, m.vd_note_netstat_not_root());
      continue;
    }
    const read = readNetstatLine(tokenize(line));
    if (read === null) continue;
    result.rows.push(read.row);
    processColumn ||= read.processColumn;
    if (read.named) noteServiceNames(result, 'netstat', '-n');
  }
  if (!processColumn && result.rows.length > 0) {
    addNote(result.notes, m.vd_note_netstat_linux_no_process());
  }
  return finishProcesses(result, processColumn);
}
