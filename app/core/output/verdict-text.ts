/** The words of verdicts: how rows, processes and the traps are put into sentences. */
import { formatEndpoint } from './address.ts';
import type { ParsedOutput, SocketRow, ToolId } from './types.ts';

/** Asks for a paste; shown for empty input. */
export const ASK_FOR_PASTE = 'Paste the output of one of the commands above';

/** `nginx (PID 812)`, `PID 812`, `nginx`, or null when the row names no process. */
export function describeOwner(row: { pid?: number; process?: string }): string | null {
  if (row.process !== undefined && row.pid !== undefined) return `${row.process} (PID ${row.pid})`;
  if (row.pid !== undefined) return `PID ${row.pid}`;
  return row.process ?? null;
}

/** `127.0.0.1:80/tcp` for a row's local side. */
export function describeLocal(row: SocketRow): string {
  return `${formatEndpoint(row.localAddress, row.localPort)}/${row.protocol}`;
}

/** Joins phrases as "a", "a and b", "a, b and 2 more". */
export function joinPhrases(phrases: readonly string[], limit = 3): string {
  const unique = [...new Set(phrases)];
  const shown = unique.slice(0, limit);
  const more = unique.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The listener sentence: "Listening: nginx (PID 812) on 0.0.0.0:80/tcp". */
export function listeningSentence(listeners: readonly SocketRow[]): string {
  const named = listeners.filter((row) => describeOwner(row) !== null);
  const unnamed = listeners.filter((row) => describeOwner(row) === null);
  const parts = named.map((row) => `${describeOwner(row)} on ${describeLocal(row)}`);
  if (parts.length === 0) {
    return `Listening on ${joinPhrases(unnamed.map(describeLocal))}; the process is not shown`;
  }
  if (unnamed.length > 0)
    parts.push(`an unnamed process on ${joinPhrases(unnamed.map(describeLocal))}`);
  return `Listening: ${joinPhrases(parts)}`;
}

const EMPTY_TRAP: Partial<Record<ToolId, string>> = {
  lsof: 'Empty lsof output without sudo does not mean the port is free',
  'lsof-fields': 'Empty lsof output without sudo does not mean the port is free',
  fuser: 'Empty fuser output without sudo does not mean the port is free',
};

/** The trap of tools that print nothing both for "free" and for "not allowed to see". */
export function emptyOutputWarning(tool: ToolId | null): string | undefined {
  return tool === null ? undefined : EMPTY_TRAP[tool];
}

/** Why a listener's process is missing, in the words of the tool that hid it. */
export function missingProcessWarning(parsed: ParsedOutput, port: number): string {
  switch (parsed.tool) {
    case 'netstat-linux':
      return parsed.processColumn
        ? 'netstat names other users’ processes only when run with sudo'
        : 'This netstat ran without -p, so no process is shown';
    case 'ss':
      return parsed.processColumn
        ? 'ss names other users’ processes only when run with sudo'
        : 'This ss ran without -p (or without sudo), so no process is shown';
    case 'netstat-windows':
      return 'This netstat ran without -o, so no PID is shown: use netstat -ano';
    case 'netstat-bsd':
      return `This netstat shows no process: run sudo lsof -nP -iTCP:${port} -sTCP:LISTEN`;
    case 'powershell':
      return 'Add the OwningProcess column to see the PID';
    default:
      return 'Run the command with sudo (or as administrator) to see the process';
  }
}

/** Whether an address is this machine's loopback. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === 'localhost' || address === '::1' || address.startsWith('127.');
}
