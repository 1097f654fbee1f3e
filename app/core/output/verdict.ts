/** Turns parsed output into one plain answer about one port, with the traps as warnings. */
import type { PlatformId } from '../platform/platform-ids.ts';
import { listenerHint } from './hints.ts';
import { settleProtocol } from './result.ts';
import { isLingering, isListeningRow } from './states.ts';
import { judgeRemote } from './verdict-remote.ts';
import {
  ASK_FOR_PASTE,
  describeOwner,
  isLoopback,
  joinPhrases,
  listeningSentence,
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
  const sentence = `Something on this machine listens on port ${port}: ${who || 'a program'} is connected to it over loopback, but this output does not show the listener`;
  const partial = partialViewOf(parsed);
  const warnings = [
    partial === undefined
      ? 'The listener is not in this output: run the listener command for this port to see it'
      : partialViewWarning(partial),
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
  const nothing = partial === undefined ? 'Nothing listens' : 'No process you can see listens';
  const bound = local.filter((row) => row.state === 'BOUND');
  if (bound.length > 0) {
    const who = owners(bound);
    const sentence = `Port ${port} is held${who ? ` by ${who}` : ''}: bound but not listening, which still stops other programs from binding it`;
    return { kind: 'connections-only', sentence, warnings, rows: [] };
  }
  if (local.length > 0) {
    const live = local.filter((row) => !isLingering(row));
    const who = owners(live);
    const sentence =
      live.length === 0
        ? `${nothing} on port ${port}; only closed connections are waiting to time out`
        : `${nothing} on port ${port}; it is only the local end of ${live.length === 1 ? 'a connection' : `${live.length} connections`}${who ? ` (${who})` : ''}`;
    return { kind: 'connections-only', sentence, warnings, rows: [] };
  }
  const sentence = remoteOnly.every((row) => isLoopback(row.remoteAddress))
    ? `Only connections to port ${port} use this port; nothing listens on it in this output`
    : 'Only connections to another host use this port: nothing listens on it here';
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
      warnings.push(`Searching for :${port} also matches :${other}: match the port exactly`);
    const sentence = `This output is about port ${about}, not ${port}: it says nothing about port ${port}`;
    return { kind: 'wrong-port', sentence, warnings, rows: [] };
  }
  if (parsed.processes.length > 0) {
    const pids = joinPhrases(parsed.processes.map((ref) => describeOwner(ref) ?? ''));
    const sentence = `In use by ${pids}, but this output shows no port or state: check it with ss or lsof`;
    return { kind: 'inconclusive', sentence, warnings, rows: [] };
  }
  const partial = partialViewOf(parsed);
  if (partial !== undefined) {
    warnings.push(partialViewWarning(partial));
    const sentence = `No process you can see uses port ${port}, but without sudo ${partial} cannot see other users’ processes: run it with sudo to be sure`;
    return { kind: 'unverified', sentence, warnings, rows: [] };
  }
  if (parsed.serviceNames) {
    warnings.push(
      'Some ports are shown as names, which may hide this one: run the command with -n',
    );
    const sentence = `Port ${port} is not shown by number, but this output shows ports as names and may list it under one`;
    return { kind: 'unverified', sentence, warnings, rows: [] };
  }
  return { kind: 'nothing', sentence: 'Nothing is using this port', warnings, rows: [] };
}

function judgeLocal(parsed: ParsedOutput, port: number, context: JudgeContext): Verdict {
  const { protocol } = context;
  const warnings: string[] = [];
  const rows = parsed.rows.map((row) =>
    // A copy: the page still shows the rows as read, "tcp or udp".
    row.anyProtocol ? settleProtocol({ ...row }, protocol ?? 'tcp') : row,
  );
  if (rows.some((row, i) => row.localPort === port && parsed.rows[i]?.anyProtocol)) {
    warnings.push(
      `This table does not say TCP or UDP: it is read as ${(protocol ?? 'tcp').toUpperCase()}, the protocol of this page's command`,
    );
  }
  const fits = (row: SocketRow) => protocol === undefined || row.protocol === protocol;
  const local = rows.filter((row) => row.localPort === port && fits(row));
  const remoteOnly = rows.filter(
    (row) => row.localPort !== port && row.remotePort === port && fits(row),
  );
  const otherProtocol = rows.filter((row) => row.localPort === port && !fits(row));
  if (otherProtocol.length > 0) {
    const who = owners(otherProtocol);
    warnings.push(`Port ${port}/${otherProtocol[0]?.protocol} is in use${who ? ` by ${who}` : ''}`);
  }
  const listeners = local.filter(isListeningRow);
  const unknown = local.filter(isUnknownState);
  const clients = loopbackClients(rows, remoteOnly, port);
  let verdict: Verdict;
  if (listeners.length > 0) verdict = listening(parsed, listeners, port, context, warnings);
  else if (unknown.length > 0) {
    const who = owners(unknown);
    const sentence = `In use${who ? ` by ${who}` : ''}, but this output does not say whether it listens or only holds a connection`;
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
    const sentence = parsed.empty
      ? ASK_FOR_PASTE
      : `Portwise could not read this output. ${ASK_FOR_PASTE}`;
    return { kind: 'not-recognised', sentence, warnings: [...parsed.notes], rows: [] };
  }
  const remote =
    REMOTE_TOOLS.has(parsed.tool) || (parsed.tool === 'powershell' && parsed.host !== undefined);
  return remote ? judgeRemote(parsed, port, ctx.protocol) : judgeLocal(parsed, port, ctx);
}
