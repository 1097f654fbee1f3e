/** Building a ParsedOutput step by step, shared by every parser. */
import { ipVersionOf } from './address.ts';
import { isLingering } from './states.ts';
import type { ParsedOutput, ProcessInfo, Protocol, SocketRow, ToolId } from './types.ts';

/** A fresh, empty result for one tool. */
export function startResult(tool: ToolId | null): ParsedOutput {
  return {
    tool,
    rows: [],
    notes: [],
    processInfo: 'absent',
    processColumn: false,
    processes: [],
    empty: false,
  };
}

/** Fills ipVersion from the addresses when the tool did not say it. */
export function withIpVersion(row: SocketRow): SocketRow {
  if (row.ipVersion !== undefined) return row;
  const version = ipVersionOf(row.localAddress) ?? ipVersionOf(row.remoteAddress);
  if (version !== undefined) row.ipVersion = version;
  return row;
}

/**
 * Reads a row that did not say TCP or UDP (our PowerShell listener tables) as `protocol`: those
 * tables list only listeners, so a TCP row listens. Changes the row and returns it.
 */
export function settleProtocol(row: SocketRow, protocol: Protocol): SocketRow {
  row.protocol = protocol;
  delete row.anyProtocol;
  if (protocol === 'tcp' && row.state === undefined) row.state = 'LISTEN';
  return row;
}

/** Sums up whether the rows name their processes; lingering sockets have none by nature. */
export function summariseProcesses(rows: readonly SocketRow[], hasColumn: boolean): ProcessInfo {
  if (!hasColumn) return 'absent';
  let owned = 0;
  let total = 0;
  for (const row of rows) {
    if (isLingering(row)) continue;
    total++;
    if (row.pid !== undefined || row.process !== undefined) owned++;
  }
  if (owned === total) return 'shown';
  return owned === 0 ? 'absent' : 'partial';
}

/** Sets processColumn and processInfo together. */
export function finishProcesses(result: ParsedOutput, hasColumn: boolean): ParsedOutput {
  result.processColumn = hasColumn;
  result.processInfo = summariseProcesses(result.rows, hasColumn);
  return result;
}
