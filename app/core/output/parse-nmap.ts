/** Reads nmap's normal output: `Nmap scan report for …` then a PORT STATE SERVICE table. */
import { m } from '../../generated/paraglide/messages.js';
import { readHostWords, remoteRow, settleQueryPort } from './remote.ts';
import { finishProcesses, startResult } from './result.ts';
import { addNote, tokenize, toPort } from './text.ts';
import type { ParsedOutput } from './types.ts';

const REPORT = 'Nmap scan report for ';
const OTHER = 'Other addresses for ';

/** Reads `60904/tcp` into port and protocol. */
export function readPortSlashProtocol(word: string | undefined) {
  if (word === undefined) return null;
  const slash = word.indexOf('/');
  const port = toPort(word.slice(0, slash));
  const protocol = word.slice(slash + 1);
  if (slash < 0 || port === undefined || (protocol !== 'tcp' && protocol !== 'udp')) return null;
  return { port, protocol } as const;
}

/** Parses nmap's normal output; several hosts each get their own rows. */
export function parseNmap(lines: readonly string[]): ParsedOutput {
  const result = startResult('nmap');
  let address: string | undefined;
  for (const line of lines) {
    if (line.startsWith(REPORT)) {
      const host = readHostWords(tokenize(line.slice(REPORT.length)));
      result.host ??= host.host;
      address = host.address;
      continue;
    }
    if (line.startsWith(OTHER) && line.includes('(not scanned):')) {
      // nmap scans one address of a name (IPv4 first); the others, often ::1, go unscanned.
      const others = tokenize(line.slice(line.indexOf('(not scanned):') + 14));
      result.unscanned = [...new Set([...(result.unscanned ?? []), ...others])];
      continue;
    }
    if (line.includes('requires root privileges')) {
      addNote(result.notes, m.vd_note_nmap_needs_root());
    } else if (line.startsWith('Note: Host seems down')) {
      addNote(result.notes, m.vd_note_nmap_host_down());
    } else if (line.startsWith('Not shown:') || line.startsWith('All ')) {
      addNote(result.notes, line.trim());
    }
    const words = tokenize(line);
    const target = readPortSlashProtocol(words[0]);
    if (target === null || words[1] === undefined) continue;
    result.rows.push(remoteRow(target.protocol, target.port, words[1], address));
  }
  return finishProcesses(settleQueryPort(result), false);
}
