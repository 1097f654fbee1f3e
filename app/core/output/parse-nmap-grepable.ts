/** Reads nmap's grepable output (`-oG`): `Host: 1.2.3.4 (name)\tPorts: 80/open/tcp//http///`. */
import { remoteRow, settleQueryPort } from './remote.ts';
import { finishProcesses, startResult } from './result.ts';
import { tokenize, toPort } from './text.ts';
import type { ParsedOutput } from './types.ts';

/** Parses nmap -oG output. */
export function parseNmapGrepable(lines: readonly string[]): ParsedOutput {
  const result = startResult('nmap-grepable');
  for (const line of lines) {
    if (!line.startsWith('Host: ')) continue;
    const fields = line.split('\t');
    // -oG puts the address first and the name in parentheses: `Host: 127.0.0.1 (localhost)`.
    const words = tokenize((fields[0] ?? '').slice(6));
    const address = words[0] ?? '';
    const name = words[1]?.startsWith('(') && words[1].length > 2 ? words[1].slice(1, -1) : address;
    result.host ??= name;
    const ports = fields.find((field) => field.startsWith('Ports: '));
    if (ports === undefined) continue;
    for (const entry of ports.slice(7).split(',')) {
      const parts = entry.trim().split('/');
      const port = toPort(parts[0]);
      const protocol = parts[2];
      if (port === undefined || (protocol !== 'tcp' && protocol !== 'udp') || !parts[1]) continue;
      result.rows.push(remoteRow(protocol, port, parts[1], address));
    }
  }
  return finishProcesses(settleQueryPort(result), false);
}
