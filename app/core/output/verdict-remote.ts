/** Verdicts for remote checks (nmap, nc, Test-NetConnection): open, closed, filtered or unreached. */
import { isLoopback, joinPhrases } from './verdict-text.ts';
import type { ParsedOutput, Protocol, SocketRow, Verdict } from './types.ts';

function wrongPort(parsed: ParsedOutput, port: number): Verdict | null {
  const ports = [...new Set(parsed.rows.map((row) => row.localPort))].filter(
    (value): value is number => value !== undefined,
  );
  const about = parsed.queryPort !== undefined ? [parsed.queryPort] : ports;
  if (about.length === 0) return null;
  const list = joinPhrases(about.map(String));
  return {
    kind: 'wrong-port',
    sentence: `This output is about port ${list}, not ${port}: it says nothing about port ${port}`,
    warnings: [],
    rows: [],
  };
}

/** Why a probe that never reached the port failed, by the state its parser gave. */
const UNREACHED: Readonly<Record<string, string>> = {
  UNREACHABLE:
    'the host or its network could not be reached (no route, host down, or a firewall answering “unreachable”)',
  'BLOCKED-LOCALLY':
    'this machine refused to send the probe (a local firewall rule or security policy)',
};

/** The address a row was probed at, for sentences. */
function addressOf(row: SocketRow, host: string): string {
  return row.localAddress ?? host;
}

function closedOrUnchecked(
  parsed: ParsedOutput,
  rows: SocketRow[],
  label: string,
  host: string,
  port: number,
  warnings: string[],
): Verdict {
  const closed = rows.filter((row) => row.state === 'CLOSED');
  const scanned = new Set(rows.map((row) => row.localAddress));
  const unclear = rows.filter((row) => row.state !== 'CLOSED').map((row) => addressOf(row, host));
  const unscanned = (parsed.unscanned ?? []).filter((address) => !scanned.has(address));
  if (unclear.length + unscanned.length > 0) {
    const on = joinPhrases(closed.map((row) => addressOf(row, host)));
    const missed = [
      ...(unscanned.length > 0 ? [`${joinPhrases(unscanned)} was not scanned`] : []),
      ...(unclear.length > 0 ? [`${joinPhrases(unclear)} gave no clear answer`] : []),
    ].join(' and ');
    if (unscanned.some((address) => address.includes(':'))) {
      warnings.push(
        `nmap scans one address of a name, IPv4 first: scan the IPv6 one too with nmap -6 -p ${port} ${host}`,
      );
    }
    return {
      kind: 'inconclusive',
      sentence: `${label} is closed on ${on}, but ${missed}: a listener there would not show here`,
      warnings,
      rows,
    };
  }
  return {
    kind: 'closed-remote',
    sentence: `${label} refused the connection: nothing listens there, unless a firewall rejects it`,
    warnings,
    rows,
  };
}

/** Judges a remote check's rows for one port. */
export function judgeRemote(parsed: ParsedOutput, port: number, protocol?: Protocol): Verdict {
  const onPort = parsed.rows.filter((row) => row.localPort === port);
  const warnings: string[] = [];
  let rows = onPort.filter((row) => protocol === undefined || row.protocol === protocol);
  if (rows.length === 0 && onPort.length > 0 && protocol !== undefined) {
    rows = onPort;
    warnings.push(`This checked port ${port}/${onPort[0]?.protocol}, not ${port}/${protocol}`);
  }
  if (rows.length === 0) {
    const wrong = wrongPort(parsed, port);
    if (wrong !== null) return wrong;
    const sentence = parsed.empty
      ? 'The command printed nothing here: nc and nmap report on the terminal (stderr), paste that'
      : `This output shows no result for port ${port}`;
    return { kind: 'inconclusive', sentence, warnings: [...parsed.notes], rows: [] };
  }
  const first = rows[0] as SocketRow;
  const host = parsed.host ?? first.localAddress ?? 'the host';
  const label = `Port ${port}/${first.protocol} on ${host}`;
  const states = new Set(rows.map((row) => row.state));
  for (const note of parsed.notes) warnings.push(note);
  if (states.has('OPEN')) {
    const refused = rows.filter((row) => row.state !== 'OPEN' && row.localAddress !== undefined);
    if (refused.length > 0) {
      warnings.push(`Not open on ${joinPhrases(refused.map((row) => row.localAddress as string))}`);
    }
    if (isLoopback(first.localAddress) || isLoopback(host)) {
      warnings.push(
        'A port check tells that something listens, not which process: run a local command such as ss or lsof',
      );
    }
    return {
      kind: 'open-remote',
      sentence: `${label} is open: something accepts connections there`,
      warnings,
      rows,
    };
  }
  if (states.has('OPEN|FILTERED')) {
    const sentence = `${label} gave no answer: it may be open or filtered (usual for UDP, which has no handshake)`;
    return { kind: 'filtered-remote', sentence, warnings, rows };
  }
  if (states.has('CLOSED')) return closedOrUnchecked(parsed, rows, label, host, port, warnings);
  if (states.has('FILTERED')) {
    const sentence = `${label} is filtered: a firewall drops the probes, so nothing can be said about it`;
    return { kind: 'filtered-remote', sentence, warnings, rows };
  }
  const unreached = [...states].find((state) => state !== undefined && UNREACHED[state]);
  if (unreached !== undefined) {
    const sentence = `${label} was never reached: ${UNREACHED[unreached]}. This says nothing about the port`;
    return { kind: 'unreachable-remote', sentence, warnings, rows };
  }
  if (states.has('FAILED')) {
    const sentence = `No connection to ${label}: nothing listens there, a firewall blocks it, or the host cannot be reached; this output does not say which`;
    return { kind: 'inconclusive', sentence, warnings, rows };
  }
  return {
    kind: 'inconclusive',
    sentence: `${label} is ${first.state?.toLowerCase() ?? 'unknown'}`,
    warnings,
    rows,
  };
}
