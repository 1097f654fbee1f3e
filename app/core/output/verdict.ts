/** Turns parsed output into one plain answer about one port, with the traps as warnings. */
import type { PlatformId } from '../platform/platform-ids.ts';
import { listenerHint } from './hints.ts';
import { settleProtocol } from './result.ts';
import { isLingering, isListeningRow } from './states.ts';
import { judgeRemote } from './verdict-remote.ts';
import {
  askForPaste,
  describeOwner,
  isLoopback,
  joinPhrases,
  listeningSentence,
  localWords,
  partialViewOf,
  partialViewWarning,
} from './verdict-text.ts';
import type { ParsedOutput, Protocol, SocketRow, ToolId, Verdict } from './types.ts';

const REMOTE_TOOLS: ReadonlySet<ToolId> = new Set(['nmap', 'nmap-grepable', 'nmap-xml', 'nc']);

/** What the page is about besides the port: its protocol and the platform the user picked. */
export interface JudgeContext {
  protocol?: Protocol;
  platform?: PlatformId;
}

/** A socket with no state and no peer: the tool does not say whether it listens. */
function isUnknownState(row: SocketRow): boolean {
  return row.state === undefined && row.protocol === 'tcp' && row.remotePort === undefined;
}

function owners(rows: readonly SocketRow[]): string {
  return joinPhrases(rows.map(describeOwner).filter((text): text is string => text !== null));
}

function listening(
  parsed: ParsedOutput,
  listeners: SocketRow[],
  port: number,
  context: JudgeContext,
  warnings: string[],
): Verdict {
  const verdict: Verdict = {
    kind: 'listening',
    sentence: listeningSentence(listeners),
    warnings,
    rows: [],
  };
  if (listeners.some((row) => row.pid === undefined && row.process === undefined)) {
    warnings.push(listenerHint(parsed, port, listeners[0]?.protocol ?? 'tcp', context.platform));
  }
  const pids = new Set(listeners.map((row) => row.pid));
  const only = listeners[0];
  if (pids.size === 1 && only?.pid !== undefined) {
    verdict.pid = only.pid;
    if (only.process !== undefined) verdict.process = only.process;
  }
  return verdict;
}

/**
 * Live TCP connections from this machine to the port on this machine: something accepted them, so
 * something listens there. Not when the row's own port listens (it is then the server's side of a
 * connection whose client uses the port as its ephemeral end), nor when that client's side is in
 * the output too (it then shows what the port is doing).
 */
function loopbackClients(rows: readonly SocketRow[], remoteOnly: SocketRow[], port: number) {
  const listening = new Set(rows.filter(isListeningRow).map((row) => row.localPort));
  const peers = new Set(rows.filter((row) => row.localPort === port).map((row) => row.remotePort));
  return remoteOnly.filter(
    (row) =>
      row.protocol === 'tcp' &&
      row.state === 'ESTABLISHED' &&
      isLoopback(row.remoteAddress) &&
      !listening.has(row.localPort) &&
      !peers.has(row.localPort),
  );
}

function hiddenListener(clients: SocketRow[], parsed: ParsedOutput, port: number): Verdict {
  const who = owners(clients);
  const sentence = localWords.hiddenListener(port, who);
  const partial = partialViewOf(parsed);
  const warnings = [
    partial === undefined ? localWords.listenerNotShown() : partialViewWarning(partial),
  ];
  return { kind: 'listener-hidden', sentence, warnings, rows: [] };
}

function connectionsOnly(
  parsed: ParsedOutput,
  local: SocketRow[],
  remoteOnly: SocketRow[],
  port: number,
): Verdict {
  const partial = partialViewOf(parsed);
  const warnings = partial === undefined ? [] : [partialViewWarning(partial)];
  const bound = local.filter((row) => row.state === 'BOUND');
  if (bound.length > 0) {
    const who = owners(bound);
    const sentence = localWords.bound(port, who);
    return { kind: 'connections-only', sentence, warnings, rows: [] };
  }
  if (local.length > 0) {
    const live = local.filter((row) => !isLingering(row));
    const who = owners(live);
    const sentence =
      live.length === 0
        ? localWords.onlyClosed(port, partial !== undefined)
        : localWords.onlyLocalEnd(port, partial !== undefined, live.length, who);
    return { kind: 'connections-only', sentence, warnings, rows: [] };
  }
  const sentence = remoteOnly.every((row) => isLoopback(row.remoteAddress))
    ? localWords.onlyClients(port)
    : localWords.onlyOutgoing();
  return { kind: 'connections-only', sentence, warnings, rows: [] };
}

/** The one local port every row is on, when it is not the page's port (output about another port). */
function otherPortOnly(rows: readonly SocketRow[], port: number): number | undefined {
  const ports = new Set(rows.map((row) => row.localPort));
  const only = ports.size === 1 ? [...ports][0] : undefined;
  return only !== undefined && only !== port ? only : undefined;
}

function nothingUses(parsed: ParsedOutput, port: number, warnings: string[]): Verdict {
  const other = otherPortOnly(parsed.rows, port);
  const about =
    parsed.queryPort !== undefined && parsed.queryPort !== port ? parsed.queryPort : other;
  if (about !== undefined) {
    if (other !== undefined && String(other).includes(String(port)))
      warnings.push(localWords.searchMatches(port, other));
    const sentence = localWords.wrongPort(about, port);
    return { kind: 'wrong-port', sentence, warnings, rows: [] };
  }
  if (parsed.processes.length > 0) {
    const pids = joinPhrases(parsed.processes.map((ref) => describeOwner(ref) ?? ''));
    const sentence = localWords.pidsOnly(pids);
    return { kind: 'inconclusive', sentence, warnings, rows: [] };
  }
  const partial = partialViewOf(parsed);
  if (partial !== undefined) {
    warnings.push(partialViewWarning(partial));
    const sentence = localWords.unverifiedPartial(port, partial);
    return { kind: 'unverified', sentence, warnings, rows: [] };
  }
  if (parsed.serviceNames) {
    warnings.push(localWords.namesWarning());
    const sentence = localWords.unverifiedNames(port);
    return { kind: 'unverified', sentence, warnings, rows: [] };
  }
  return { kind: 'nothing', sentence: localWords.nothing(), warnings, rows: [] };
}

function judgeLocal(parsed: ParsedOutput, port: number, context: JudgeContext): Verdict {
  const { protocol } = context;
  const warnings: string[] = [];
  const rows = parsed.rows.map((row) =>
    // A copy: the page still shows the rows as read, "tcp or udp".
    row.anyProtocol ? settleProtocol({ ...row }, protocol ?? 'tcp') : row,
  );
  if (rows.some((row, i) => row.localPort === port && parsed.rows[i]?.anyProtocol)) {
    warnings.push(localWords.anyProtocol((protocol ?? 'tcp').toUpperCase()));
  }
  const fits = (row: SocketRow) => protocol === undefined || row.protocol === protocol;
  const local = rows.filter((row) => row.localPort === port && fits(row));
  const remoteOnly = rows.filter(
    (row) => row.localPort !== port && row.remotePort === port && fits(row),
  );
  const otherProtocol = rows.filter((row) => row.localPort === port && !fits(row));
  if (otherProtocol.length > 0) {
    const who = owners(otherProtocol);
    warnings.push(localWords.otherProtocol(`${port}/${otherProtocol[0]?.protocol}`, who));
  }
  const listeners = local.filter(isListeningRow);
  const unknown = local.filter(isUnknownState);
  const clients = loopbackClients(rows, remoteOnly, port);
  let verdict: Verdict;
  if (listeners.length > 0) verdict = listening(parsed, listeners, port, context, warnings);
  else if (unknown.length > 0) {
    const who = owners(unknown);
    const sentence = localWords.unknownState(who);
    verdict = { kind: 'inconclusive', sentence, warnings, rows: [] };
  } else if (clients.length > 0) {
    verdict = hiddenListener(clients, parsed, port);
    verdict.warnings.unshift(...warnings);
  } else if (local.length > 0 || remoteOnly.length > 0) {
    verdict = connectionsOnly(parsed, local, remoteOnly, port);
    verdict.warnings.unshift(...warnings);
  } else return nothingUses({ ...parsed, rows }, port, warnings);
  verdict.rows = [...local, ...remoteOnly];
  return verdict;
}

/**
 * Judges parsed output for one port (and protocol, when the page is about one). The platform the
 * user picked only chooses which command a hint names where the output does not tell.
 */
export function judgeOutput(
  parsed: ParsedOutput,
  port: number,
  context: JudgeContext | Protocol = {},
): Verdict {
  const ctx = typeof context === 'string' ? { protocol: context } : context;
  if (parsed.tool === null) {
    const sentence = parsed.empty ? askForPaste() : localWords.notRead();
    return { kind: 'not-recognised', sentence, warnings: [...parsed.notes], rows: [] };
  }
  const remote =
    REMOTE_TOOLS.has(parsed.tool) || (parsed.tool === 'powershell' && parsed.host !== undefined);
  return remote ? judgeRemote(parsed, port, ctx.protocol) : judgeLocal(parsed, port, ctx);
}
