/** The words of verdicts: how rows, processes and the traps are put into sentences. */
import { m } from '../../generated/paraglide/messages.js';
import { formatEndpoint } from './address.ts';
import type { ParsedOutput, SocketRow, ToolId } from './types.ts';

/**
 * Asks for a paste, in the English of the default locale. Kept for callers that read it as a
 * constant; `askForPaste()` gives it in the page's language.
 */
export const ASK_FOR_PASTE = 'Paste the output of one of the commands above';

/** Asks for a paste; shown for empty input. */
export function askForPaste(): string {
  return m.vd_ask_for_paste();
}

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
  const separator = m.vd_list_separator();
  if (more > 0) return m.vd_list_more({ list: shown.join(separator), count: more });
  if (shown.length <= 1) return shown[0] ?? '';
  return m.vd_list_pair({
    first: shown.slice(0, -1).join(separator),
    last: shown[shown.length - 1] ?? '',
  });
}

/** The listener sentence: "Listening: nginx (PID 812) on 0.0.0.0:80/tcp". */
export function listeningSentence(listeners: readonly SocketRow[]): string {
  const named = listeners.filter((row) => describeOwner(row) !== null);
  const unnamed = listeners.filter((row) => describeOwner(row) === null);
  const parts = named.map((row) =>
    m.vd_listening_part({ owner: describeOwner(row) ?? '', local: describeLocal(row) }),
  );
  if (parts.length === 0) {
    return m.vd_listening_no_process({ addresses: joinPhrases(unnamed.map(describeLocal)) });
  }
  if (unnamed.length > 0)
    parts.push(m.vd_listening_unnamed_part({ addresses: joinPhrases(unnamed.map(describeLocal)) }));
  return m.vd_listening({ list: joinPhrases(parts) });
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
  return m.vd_partial_view_warning({ tool });
}

/** Whether an address is this machine's loopback (127/8, ::1, or 127/8 mapped into IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const bare = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return bare === 'localhost' || bare === '::1' || bare.startsWith('127.');
}

/**
 * The sentences of the local verdicts (verdict.ts), in the page's language: each gives, in
 * English, exactly the text verdict.ts builds today, so that file can call these instead.
 */
export const localWords = {
  notRead: (): string => m.vd_local_not_read(),
  hiddenListener: (port: number, who: string): string =>
    m.vd_local_hidden_listener({ port, who: who || m.vd_local_a_program() }),
  listenerNotShown: (): string => m.vd_local_listener_not_shown(),
  onlyClosed: (port: number, partial: boolean): string =>
    m.vd_local_only_closed({ port, nothing: nothingListens(partial) }),
  onlyLocalEnd: (port: number, partial: boolean, count: number, who: string): string =>
    m.vd_local_only_local_end({
      port,
      nothing: nothingListens(partial),
      connections: m.vd_local_connections({ count }),
      owners: who ? m.vd_local_owners_suffix({ owners: who }) : '',
    }),
  bound: (port: number, who: string): string =>
    who ? m.vd_local_bound({ port, owners: who }) : m.vd_local_bound_unnamed({ port }),
  onlyClients: (port: number): string => m.vd_local_only_clients({ port }),
  onlyOutgoing: (): string => m.vd_local_only_outgoing(),
  searchMatches: (port: number, other: number): string =>
    m.vd_local_search_matches({ port, other }),
  wrongPort: (about: number | string, port: number): string =>
    m.vd_remote_wrong_port({ list: about, port }),
  pidsOnly: (owners: string): string => m.vd_local_pids_only({ owners }),
  unverifiedPartial: (port: number, tool: string): string =>
    m.vd_local_unverified_partial({ port, tool }),
  namesWarning: (): string => m.vd_local_names_warning(),
  unverifiedNames: (port: number): string => m.vd_local_unverified_names({ port }),
  nothing: (): string => m.vd_local_nothing(),
  anyProtocol: (protocol: string): string => m.vd_local_any_protocol({ protocol }),
  otherProtocol: (portAndProtocol: string, who: string): string =>
    who
      ? m.vd_local_other_protocol({ port: portAndProtocol, owners: who })
      : m.vd_local_other_protocol_unnamed({ port: portAndProtocol }),
  unknownState: (who: string): string =>
    who ? m.vd_local_unknown_state({ owners: who }) : m.vd_local_unknown_state_unnamed(),
};

function nothingListens(partial: boolean): string {
  return partial ? m.vd_local_nothing_visible_listens() : m.vd_local_nothing_listens();
}
