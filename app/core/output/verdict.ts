/** Turns parsed output into one plain answer about one port, with the traps as warnings. */
import { isLingering, isListeningRow } from './states.ts';
import { judgeRemote } from './verdict-remote.ts';
import {
  ASK_FOR_PASTE,
  describeOwner,
  emptyOutputWarning,
  isLoopback,
  joinPhrases,
  listeningSentence,
  missingProcessWarning,
} from './verdict-text.ts';
import type { ParsedOutput, Protocol, SocketRow, ToolId, Verdict } from './types.ts';

const REMOTE_TOOLS: ReadonlySet<ToolId> = new Set(['nmap', 'nmap-grepable', 'nmap-xml', 'nc']);

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
  warnings: string[],
): Verdict {
  const verdict: Verdict = {
    kind: 'listening',
    sentence: listeningSentence(listeners),
    warnings,
    rows: [],
  };
  if (listeners.some((row) => row.pid === undefined && row.process === undefined)) {
    warnings.push(missingProcessWarning(parsed, port));
  }
  const pids = new Set(listeners.map((row) => row.pid));
  const only = listeners[0];
  if (pids.size === 1 && only?.pid !== undefined) {
    verdict.pid = only.pid;
    if (only.process !== undefined) verdict.process = only.process;
  }
  return verdict;
}

function connectionsOnly(local: SocketRow[], remoteOnly: SocketRow[], port: number): Verdict {
  if (local.length > 0) {
    const live = local.filter((row) => !isLingering(row));
    const who = owners(live);
    const sentence =
      live.length === 0
        ? `Nothing listens on port ${port}; only closed connections are waiting to time out`
        : `Nothing listens on port ${port}; it is only the local end of ${live.length === 1 ? 'a connection' : `${live.length} connections`}${who ? ` (${who})` : ''}`;
    return { kind: 'connections-only', sentence, warnings: [], rows: [] };
  }
  const sentence = remoteOnly.every((row) => isLoopback(row.remoteAddress))
    ? `Only connections to port ${port} use this port; nothing listens on it in this output`
    : 'Only connections to another host use this port: nothing listens on it here';
  return { kind: 'connections-only', sentence, warnings: [], rows: [] };
}

/** The grep trap: every row is on one other port whose digits contain this port's. */
function grepTrapPort(rows: readonly SocketRow[], port: number): number | undefined {
  const ports = new Set(rows.map((row) => row.localPort));
  const only = ports.size === 1 ? [...ports][0] : undefined;
  return only !== undefined && only !== port && String(only).includes(String(port))
    ? only
    : undefined;
}

function nothingUses(parsed: ParsedOutput, port: number, warnings: string[]): Verdict {
  const trap = grepTrapPort(parsed.rows, port);
  const about =
    parsed.queryPort !== undefined && parsed.queryPort !== port ? parsed.queryPort : trap;
  if (about !== undefined) {
    if (trap !== undefined)
      warnings.push(`Searching for :${port} also matches :${trap}: match the port exactly`);
    return {
      kind: 'wrong-port',
      sentence: `This output is about port ${about}, not ${port}`,
      warnings,
      rows: [],
    };
  }
  if (parsed.processes.length > 0) {
    const pids = joinPhrases(parsed.processes.map((ref) => describeOwner(ref) ?? ''));
    const sentence = `In use by ${pids}, but this output shows no port or state: check it with ss or lsof`;
    return { kind: 'inconclusive', sentence, warnings, rows: [] };
  }
  if (parsed.rows.length === 0) {
    const trapWarning = emptyOutputWarning(parsed.tool);
    if (trapWarning !== undefined) warnings.push(trapWarning);
  }
  if (parsed.notes.some((note) => note.startsWith('Ports are shown as service names'))) {
    warnings.push(
      'Some ports are shown as names, which may hide this one: run the command with -n',
    );
  }
  return { kind: 'nothing', sentence: 'Nothing is using this port', warnings, rows: [] };
}

function judgeLocal(parsed: ParsedOutput, port: number, protocol?: Protocol): Verdict {
  const warnings: string[] = [];
  const fits = (row: SocketRow) => protocol === undefined || row.protocol === protocol;
  const local = parsed.rows.filter((row) => row.localPort === port && fits(row));
  const remoteOnly = parsed.rows.filter(
    (row) => row.localPort !== port && row.remotePort === port && fits(row),
  );
  const otherProtocol = parsed.rows.filter((row) => row.localPort === port && !fits(row));
  if (otherProtocol.length > 0) {
    const who = owners(otherProtocol);
    warnings.push(`Port ${port}/${otherProtocol[0]?.protocol} is in use${who ? ` by ${who}` : ''}`);
  }
  const listeners = local.filter(isListeningRow);
  const unknown = local.filter(isUnknownState);
  let verdict: Verdict;
  if (listeners.length > 0) verdict = listening(parsed, listeners, port, warnings);
  else if (unknown.length > 0) {
    const who = owners(unknown);
    const sentence = `In use${who ? ` by ${who}` : ''}, but this output does not say whether it listens or only holds a connection`;
    verdict = { kind: 'inconclusive', sentence, warnings, rows: [] };
  } else if (local.length > 0 || remoteOnly.length > 0) {
    verdict = connectionsOnly(local, remoteOnly, port);
    verdict.warnings.unshift(...warnings);
  } else return nothingUses(parsed, port, warnings);
  verdict.rows = [...local, ...remoteOnly];
  return verdict;
}

/** Judges parsed output for one port (and protocol, when the page is about one). */
export function judgeOutput(parsed: ParsedOutput, port: number, protocol?: Protocol): Verdict {
  if (parsed.tool === null) {
    const sentence = parsed.empty
      ? ASK_FOR_PASTE
      : `Portwise could not read this output. ${ASK_FOR_PASTE}`;
    return { kind: 'not-recognised', sentence, warnings: [...parsed.notes], rows: [] };
  }
  const remote =
    REMOTE_TOOLS.has(parsed.tool) || (parsed.tool === 'powershell' && parsed.host !== undefined);
  return remote ? judgeRemote(parsed, port, protocol) : judgeLocal(parsed, port, protocol);
}
