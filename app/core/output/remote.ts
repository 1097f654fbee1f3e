/** Helpers for remote checks (nmap, nc, Test-NetConnection): rows about a scanned host's port. */
import { ipVersionOf } from './address.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

/** A row for one scanned port; the host's side is stored as local, as the host sees it. */
export function remoteRow(
  protocol: Protocol,
  port: number,
  state: string,
  address: string | undefined,
): SocketRow {
  const row: SocketRow = { protocol, localPort: port, state: state.toUpperCase() };
  if (address !== undefined) {
    row.localAddress = address;
    const version = ipVersionOf(address);
    if (version !== undefined) row.ipVersion = version;
  }
  return row;
}

/** Sets queryPort when every row is about the same port, and the protocol with it. */
export function settleQueryPort(result: ParsedOutput): ParsedOutput {
  const first = result.rows[0];
  if (first?.localPort === undefined) return result;
  const samePort = result.rows.every((row) => row.localPort === first.localPort);
  if (!samePort) return result;
  result.queryPort ??= first.localPort;
  if (result.rows.every((row) => row.protocol === first.protocol)) {
    result.queryProtocol ??= first.protocol;
  }
  return result;
}

/** Reads `name (1.2.3.4)` or a bare address into host name and address. */
export function readHostWords(words: readonly string[]): { host: string; address: string } {
  const first = words[0] ?? '';
  const second = words[1];
  if (second !== undefined && second.startsWith('(') && second.endsWith(')')) {
    return { host: first, address: second.slice(1, -1) };
  }
  return { host: first, address: first };
}
