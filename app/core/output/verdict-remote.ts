/** Verdicts for remote checks (nmap, nc, Test-NetConnection): open, closed, filtered or unreached. */
import { m } from '../../generated/paraglide/messages.js';
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
    sentence: m.vd_remote_wrong_port({ list, port }),
    warnings: [],
    rows: [],
  };
}

/** Why a probe that never reached the port failed, by the state its parser gave. */
const UNREACHED: Readonly<Record<string, () => string>> = {
  UNREACHABLE: m.vd_remote_unreachable,
  'BLOCKED-LOCALLY': m.vd_remote_blocked_locally,
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
    const notScanned =
      unscanned.length > 0 ? m.vd_remote_not_scanned({ addresses: joinPhrases(unscanned) }) : '';
    const noAnswer =
      unclear.length > 0 ? m.vd_remote_no_clear_answer({ addresses: joinPhrases(unclear) }) : '';
    const missed =
      notScanned && noAnswer
        ? m.vd_remote_both_missed({ unscanned: notScanned, unclear: noAnswer })
        : notScanned || noAnswer;
    if (unscanned.some((address) => address.includes(':'))) {
      warnings.push(m.vd_remote_nmap_ipv6({ port, host }));
    }
    return {
      kind: 'inconclusive',
      sentence: m.vd_remote_closed_partly({ label, addresses: on, missed }),
      warnings,
      rows,
    };
  }
  return {
    kind: 'closed-remote',
    sentence: m.vd_remote_refused({ label }),
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
    warnings.push(
      m.vd_remote_other_protocol({
        checked: `${port}/${onPort[0]?.protocol}`,
        wanted: `${port}/${protocol}`,
      }),
    );
  }
  if (rows.length === 0) {
    const wrong = wrongPort(parsed, port);
    if (wrong !== null) return wrong;
    const sentence = parsed.empty ? m.vd_remote_printed_nothing() : m.vd_remote_no_result({ port });
    return { kind: 'inconclusive', sentence, warnings: [...parsed.notes], rows: [] };
  }
  const first = rows[0] as SocketRow;
  const host = parsed.host ?? first.localAddress ?? m.vd_remote_the_host();
  const label = m.vd_remote_label({ port, protocol: first.protocol, host });
  const states = new Set(rows.map((row) => row.state));
  for (const note of parsed.notes) warnings.push(note);
  if (states.has('OPEN')) {
    const refused = rows.filter((row) => row.state !== 'OPEN' && row.localAddress !== undefined);
    if (refused.length > 0) {
      warnings.push(
        m.vd_remote_not_open_on({
          addresses: joinPhrases(refused.map((row) => row.localAddress as string)),
        }),
      );
    }
    if (isLoopback(first.localAddress) || isLoopback(host)) {
      warnings.push(m.vd_remote_loopback_check());
    }
    return {
      kind: 'open-remote',
      sentence: m.vd_remote_open({ label }),
      warnings,
      rows,
    };
  }
  if (states.has('OPEN|FILTERED')) {
    const sentence = m.vd_remote_open_filtered({ label });
    return { kind: 'filtered-remote', sentence, warnings, rows };
  }
  if (states.has('CLOSED')) return closedOrUnchecked(parsed, rows, label, host, port, warnings);
  if (states.has('FILTERED')) {
    const sentence = m.vd_remote_filtered({ label });
    return { kind: 'filtered-remote', sentence, warnings, rows };
  }
  const unreached = [...states].find((state) => state !== undefined && UNREACHED[state]);
  const reason = unreached !== undefined ? UNREACHED[unreached] : undefined;
  if (reason !== undefined) {
    const sentence = m.vd_remote_never_reached({ label, reason: reason() });
    return { kind: 'unreachable-remote', sentence, warnings, rows };
  }
  if (states.has('FAILED')) {
    const sentence = m.vd_remote_failed({ label });
    return { kind: 'inconclusive', sentence, warnings, rows };
  }
  return {
    kind: 'inconclusive',
    sentence: m.vd_remote_state({
      label,
      state: first.state?.toLowerCase() ?? m.vd_remote_state_unknown(),
    }),
    warnings,
    rows,
  };
}
