/** Verdicts for remote checks (nmap, nc, Test-NetConnection): open, closed or filtered. */
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
    sentence: `This output is about port ${list}, not ${port}`,
    warnings: [],
    rows: [],
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
    const sentence = `${label} gave no answer: it may be open or filtered (usual for UDP)`;
    return { kind: 'filtered-remote', sentence, warnings, rows };
  }
  if (states.has('FILTERED')) {
    const sentence = `${label} is filtered: a firewall drops the probes, so nothing can be said about it`;
    return { kind: 'filtered-remote', sentence, warnings, rows };
  }
  if (states.has('CLOSED')) {
    return {
      kind: 'closed-remote',
      sentence: `${label} is closed: nothing listens there`,
      warnings,
      rows,
    };
  }
  return {
    kind: 'inconclusive',
    sentence: `${label} is ${first.state?.toLowerCase() ?? 'unknown'}`,
    warnings,
    rows,
  };
}
