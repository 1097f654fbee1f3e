/** Reads lsof's NAME column (`127.0.0.1:60904->127.0.0.1:56450`, `*:8080`, `[::1]:3000`). */
import { splitColonEndpoint } from './address.ts';
import { withIpVersion } from './result.ts';
import type { Protocol, SocketRow } from './types.ts';

/** A socket row from an lsof name, or null when the name holds no address. */
export function readLsofName(
  name: string,
  protocol: Protocol,
  type?: string,
): { row: SocketRow; named: boolean } | null {
  const arrow = name.indexOf('->');
  const local = splitColonEndpoint(arrow < 0 ? name : name.slice(0, arrow));
  if (local === undefined) return null;
  const row: SocketRow = { protocol, localAddress: local.address };
  if (local.port !== undefined) row.localPort = local.port;
  let named = local.service !== undefined;
  if (arrow >= 0) {
    const remote = splitColonEndpoint(name.slice(arrow + 2));
    if (remote !== undefined) {
      row.remoteAddress = remote.address;
      if (remote.port !== undefined) row.remotePort = remote.port;
      named ||= remote.service !== undefined;
    }
  }
  if (type === 'IPv4') row.ipVersion = 4;
  else if (type === 'IPv6') row.ipVersion = 6;
  return { row: withIpVersion(row), named };
}
