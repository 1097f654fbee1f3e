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

/**
 * Tools that, run without privileges, show only the caller's own processes: their silence (or a
 * list without the port) is no proof that nothing else uses it.
 */
const PARTIAL_VIEW: Partial<Record<ToolId, string>> = {
  lsof: 'lsof',
  'lsof-fields': 'lsof',
  fuser: 'fuser',
  sockstat: 'sockstat',
};

/** The tool's name when its output may leave out other users' processes (no sudo seen), else undefined. */
export function partialViewOf(parsed: ParsedOutput): string | undefined {
  if (parsed.tool === null || parsed.privileged) return undefined;
  return PARTIAL_VIEW[parsed.tool];
}

/** The trap of tools that print nothing both for "free" and for "not allowed to see". */
export function partialViewWarning(tool: string): string {
  return `Without sudo, ${tool} shows only your own processes: a port held by another user or a system service looks exactly like a free one`;
}

/** Whether an address is this machine's loopback (127/8, ::1, or 127/8 mapped into IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const bare = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return bare === 'localhost' || bare === '::1' || bare.startsWith('127.');
}
