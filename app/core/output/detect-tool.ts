/** Tells which command printed a pasted text, from headers first and row shapes second. */
import { splitColonEndpoint } from './address.ts';
import { BSD_PROTOCOLS } from './parse-netstat-bsd.ts';
import { RECV_Q } from './parse-netstat-linux.ts';
import { SS_STATES } from './parse-ss.ts';
import { readFuserLabel } from './parse-fuser.ts';
import { readPortSlashProtocol } from './parse-nmap.ts';
import { isDigits, splitLines, tokenize, toPort } from './text.ts';
import type { ToolId } from './types.ts';

/** How many non-empty lines detection looks at, so 1 MB pastes stay fast. */
const SCAN_LIMIT = 400;
const MTU = /^mtu$/i;

/**
 * The title line Windows netstat prints, per display language. English, German
 * (https://pastebin.com/kDSmMTcd), French (https://pastebin.com/RJ6MfdaG), Portuguese-Brazil
 * (https://pastebin.com/YAEW3LrR) and Chinese (https://github.com/billfeller/billfeller.github.io/issues/174)
 * are seen in real output; Spanish and Japanese are the expected wordings, not yet confirmed by a
 * sourced sample.
 */
const WINDOWS_TITLES: ReadonlySet<string> = new Set([
  'Active Connections',
  'Aktive Verbindungen',
  'Connexions actives',
  'Conexões ativas',
  '活动连接',
  'Conexiones activas',
  'アクティブな接続',
]);

/**
 * How Windows netstat's header names the local address column, after `Proto`: English, German
 * “Lokale Adresse”, French “Adresse locale”, Portuguese “Endereço local” (cut before the accent a
 * console may mangle), Spanish “Dirección local” (not confirmed by a sourced sample).
 */
const WINDOWS_LOCAL_TITLES: readonly string[] = ['Local', 'Lokale', 'Adresse', 'Endere', 'Direcci'];

/** The first word of a translated Windows header whose `Proto` is translated too. */
const WINDOWS_PROTO_WORDS: ReadonlySet<string> = new Set(['协议', 'プロトコル']);

/**
 * The title line Linux net-tools netstat prints under a translated locale (po/de.po, fr.po,
 * pt_BR.po, ja.po of net-tools; the Spanish one from https://pastebin.com/eZ8R4h3Z). The English
 * “Active Internet connections” is not here: macOS netstat prints it too.
 */
const LINUX_TITLES: readonly string[] = [
  'Aktive Internetverbindungen',
  'Connexions Internet actives',
  'Conexões Internet Ativas',
  'Conexiones activas de Internet',
  '稼働中のインターネット接続',
];

/** net-tools' State column title, in English (also German's) and as fr, pt_BR/es and ja print it. */
const LINUX_STATE_TITLES: readonly string[] = ['State', 'Etat', 'Estado', '状態'];

/** Reads a netstat column header line: Linux, BSD or Windows, whatever its language. */
function netstatHeader(line: string, words: string[]): ToolId | null {
  if (WINDOWS_PROTO_WORDS.has(words[0] ?? '')) return 'netstat-windows';
  if (line.includes('(state)')) return 'netstat-bsd';
  const second = words[1] ?? '';
  // FreeBSD's -T and -x headers have no state column: leave those to the rows.
  if (RECV_Q.has(second)) {
    return LINUX_STATE_TITLES.some((title) => words.includes(title)) ? 'netstat-linux' : null;
  }
  return WINDOWS_LOCAL_TITLES.some((title) => second.startsWith(title)) ? 'netstat-windows' : null;
}

/** Text that is a socket-less netstat table (routes, interfaces): never rows of sockets. */
export type NonSocketTable = 'routes' | 'interfaces';

function strongSignature(line: string, words: string[]): ToolId | null {
  if (line.includes('<nmaprun') || line.includes('<!DOCTYPE nmaprun')) return 'nmap-xml';
  if (line.startsWith('Host: ') && (line.includes('\tPorts: ') || line.includes('\tStatus: '))) {
    return 'nmap-grepable';
  }
  if (line === 'QUITTING!' || line.includes('scan type which requires root')) return 'nmap';
  if (line.startsWith('Nmap scan report for') || line.startsWith('Starting Nmap')) return 'nmap';
  if (words[0] === 'PORT' && words[1] === 'STATE' && words[2] === 'SERVICE') return 'nmap';
  if (line.startsWith('Connection to ') && line.includes('succeeded')) return 'nc';
  if (line.startsWith('nc: connect to ') || line.startsWith('nc: connectx to ')) return 'nc';
  if (line.startsWith('Ncat: ')) return 'nc';
  if (line.includes('MSFT_Net') || line.includes('TcpTestSucceeded')) return 'powershell';
  if (words.includes('LocalPort') || words.includes('OwningProcess')) return 'powershell';
  if (words[0] === 'Handles' && words.includes('ProcessName')) return 'powershell';
  if (words.includes('USER') && words.includes('ACCESS') && words.includes('COMMAND'))
    return 'fuser';
  if (words[0] === 'USER' && words[1] === 'COMMAND' && words[2] === 'PID') return 'sockstat';
  if (words[0] === 'COMMAND' && words[1] === 'PID' && words.includes('NAME')) return 'lsof';
  if (words[0] === 'Netid' || (words[0] === 'State' && line.includes('Address:Port'))) return 'ss';
  if (words[0] === 'Proto' || WINDOWS_PROTO_WORDS.has(words[0] ?? '')) {
    return netstatHeader(line, words);
  }
  const text = line.trim();
  if (WINDOWS_TITLES.has(text)) return 'netstat-windows';
  if (LINUX_TITLES.some((title) => text.startsWith(title))) return 'netstat-linux';
  return null;
}

function rowShape(line: string, words: string[]): ToolId | null {
  const first = words[0] ?? '';
  if (readFuserLabel(first) !== null) return 'fuser';
  if (words[1]?.startsWith('[') && words[1].endsWith(']') && toPort(words[2]) !== undefined) {
    if (line.endsWith(' open') || line.includes('Connection refused')) return 'nc';
  }
  if (readPortSlashProtocol(first) !== null && words.length >= 2 && line.startsWith(first)) {
    return words[1] === 'open' || words[1] === 'closed' || words[1] === 'filtered' ? 'nmap' : null;
  }
  // Windows rows are indented; a paste from a web page may have lost the indent, but the upper-case
  // protocol and two addr:port words still say Windows (the others print tcp or tcp4).
  if ((first === 'TCP' || first === 'UDP') && words.length >= 3) {
    if (line.startsWith(' ') || isEndpointPair(words[1] as string, words[2] as string)) {
      return 'netstat-windows';
    }
  }
  if (SS_STATES.has(first) && isDigits(words[1])) return 'ss';
  if (SS_STATES.has(words[1] ?? '') && isDigits(words[2]) && isDigits(words[3])) return 'ss';
  if (words.length >= 8 && (words.includes('IPv4') || words.includes('IPv6'))) {
    if (words.includes('TCP') || words.includes('UDP')) return 'lsof';
  }
  const bsdAt = words.findIndex((word, index) => index <= 2 && BSD_PROTOCOLS[word] !== undefined);
  if (bsdAt >= 0 && words.length >= bsdAt + 3) return netstatFlavour(words, bsdAt);
  if (words.length >= 7 && BSD_PROTOCOLS[words[4] ?? ''] !== undefined && words[5]?.includes(':')) {
    return 'sockstat';
  }
  return null;
}

function isEndpointPair(local: string, remote: string): boolean {
  return splitColonEndpoint(local)?.port !== undefined && splitColonEndpoint(remote) !== undefined;
}

function netstatFlavour(words: string[], protoAt: number): ToolId | null {
  const proto = words[protoAt] as string;
  if (proto.endsWith('4') || protoAt > 0) return 'netstat-bsd';
  if (!isDigits(words[protoAt + 1])) return null;
  let local = '';
  for (const word of words.slice(protoAt + 1)) {
    if (!isDigits(word)) {
      local = word;
      break;
    }
  }
  if (local.lastIndexOf('.') > local.lastIndexOf(':')) return 'netstat-bsd';
  return local.includes(':') ? 'netstat-linux' : null;
}

/** Whether the lines are a route or interface table (netstat -r, netstat -i). */
export function findNonSocketTable(lines: readonly string[]): NonSocketTable | null {
  for (const line of lines.slice(0, 8)) {
    const text = line.trim();
    if (text.startsWith('Kernel IP routing table') || text === 'Routing tables') return 'routes';
    if (text.startsWith('Kernel Interface table')) return 'interfaces';
    const words = tokenize(text);
    if ((words[0] === 'Name' || words[0] === 'Iface') && MTU.test(words[1] ?? '')) {
      return 'interfaces';
    }
  }
  return null;
}

/** Detects the tool from already split lines. */
export function detectToolInLines(lines: readonly string[]): ToolId | null {
  let weak: ToolId | null = null;
  let digitLines = 0;
  let paddedDigits = false;
  let seen = 0;
  for (const line of lines) {
    const words = tokenize(line);
    if (words.length === 0) continue;
    if (++seen > SCAN_LIMIT) break;
    const strong = strongSignature(line, words);
    if (strong !== null) return strong;
    weak ??= rowShape(line, words);
    if (words.every(isDigits)) {
      digitLines++;
      paddedDigits ||= words.length > 1 || line.startsWith(' ');
    }
  }
  if (weak !== null) return weak;
  if (seen > 0 && looksLikeLsofFields(lines)) return 'lsof-fields';
  if (digitLines > 0 && digitLines === seen) return paddedDigits ? 'fuser' : 'lsof';
  return null;
}

function looksLikeLsofFields(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  return first.length > 1 && first[0] === 'p' && isDigits(first.slice(1));
}

/** Detects which tool printed a pasted text, or null when it is not recognised. */
export function detectTool(text: string): ToolId | null {
  const lines = splitLines(text);
  if (findNonSocketTable(lines) !== null) return null;
  return detectToolInLines(lines);
}
