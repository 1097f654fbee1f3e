/** Shell prompts pasted along with the output: drop them, and keep the command they show. */
import type { Protocol } from './types.ts';

const NUMBER = /\d+/g;
const WORD_CHAR = /[\w.]/;
const ASSIGN_CHAR = /[:=]/;
const DRIVE = /^[A-Za-z]:\\/;

/** The command typed at a prompt line, or null when the line is not a prompt. */
export function readPrompt(line: string): string | null {
  const text = line.trim();
  if (text.startsWith('$ ')) return text.slice(2).trim();
  if (text.startsWith('# ') && !text.startsWith('# Nmap')) return text.slice(2).trim();
  if (text.startsWith('PS ') || DRIVE.test(text)) {
    const close = text.indexOf('>');
    return close < 0 ? null : text.slice(close + 1).trim();
  }
  // user@host:~$ cmd, [user@host dir]# cmd. Without an @ none can match: one scan, not three.
  if (!text.includes('@')) return null;
  for (const mark of ['$ ', '# ', '% ']) {
    const at = text.indexOf(mark);
    if (at <= 0) continue;
    const before = text.slice(0, at);
    if (before.includes('@') && (!before.includes(' ') || before.startsWith('['))) {
      return text.slice(at + 2).trim();
    }
  }
  return null;
}

/** Whether a prompt line ran its command with privileges: a root `#` prompt, or sudo/doas. */
export function isPrivilegedPrompt(line: string, command: string): boolean {
  if (/^(?:sudo|doas)\s/.test(command)) return true;
  const text = line.trim();
  if (text.startsWith('# ')) return true;
  const at = text.indexOf('# ');
  return at > 0 && text.slice(0, at).includes('@') && !text.slice(0, at).includes('$');
}

/** Whether a line is sudo's password prompt. */
export function isSudoPrompt(line: string): boolean {
  return line.trimStart().startsWith('[sudo] password for');
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** The one port number a command line names (`-i :8080`, `sport = :80`, `grep 60904`), if any. */
export function portFromCommand(command: string): number | undefined {
  const found = new Set<number>();
  for (const match of command.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = command[start - 1];
    const after = command[end];
    if (isWordChar(before) && before !== undefined && !ASSIGN_CHAR.test(before)) continue;
    if (before === '-' || isWordChar(after)) continue;
    const value = Number(match[0]);
    if (match[0].length <= 5 && value > 0 && value <= 65535) found.add(value);
  }
  return found.size === 1 ? (found.values().next().value as number) : undefined;
}

/** The protocol a command line names (`80/udp`, `-iUDP`, `-p TCP`), if it names exactly one. */
export function protocolFromCommand(command: string): Protocol | undefined {
  const lower = command.toLowerCase();
  const udp = lower.includes('udp');
  const tcp = lower.includes('tcp');
  if (udp === tcp) return undefined;
  return udp ? 'udp' : 'tcp';
}
