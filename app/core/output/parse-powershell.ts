/** Reads PowerShell: Get-NetTCPConnection / Get-NetUDPEndpoint (table or list), Get-Process, Test-NetConnection. */
import { m } from '../../generated/paraglide/messages.js';
import { readPsLists, readPsTables, type PsRecord } from './powershell-records.ts';
import { remoteRow } from './remote.ts';
import { finishProcesses, startResult, withIpVersion } from './result.ts';
import { normaliseState } from './states.ts';
import { addNote, toPid, toPort } from './text.ts';
import type { ParsedOutput, Protocol, SocketRow } from './types.ts';

const NOT_FOUND = 'objects found with property';
/**
 * The error record's category line, which PowerShell does not translate: `ObjectNotFound:
 * (8080:UInt16)`. A non-English Windows words the CIM message itself in its own language.
 */
const CATEGORY_PORT = /ObjectNotFound: \((\d{1,5}):UInt16\)/;
const CIM_CLASS = /MSFT_Net(?:TCPConnection|UDPEndpoint)/;

function readSocketRecord(record: PsRecord, protocol: Protocol | 'any'): SocketRow | null {
  const localPort = toPort(record.get('LocalPort'));
  if (localPort === undefined) return null;
  const row: SocketRow = { protocol: protocol === 'any' ? 'tcp' : protocol, localPort };
  if (protocol === 'any') row.anyProtocol = true;
  const localAddress = record.get('LocalAddress');
  if (localAddress) row.localAddress = localAddress;
  const remoteAddress = record.get('RemoteAddress');
  if (remoteAddress) row.remoteAddress = remoteAddress;
  const remotePort = toPort(record.get('RemotePort'));
  if (remotePort !== undefined) row.remotePort = remotePort;
  const state = record.get('State');
  if (state) row.state = normaliseState(state);
  const pid = toPid(record.get('OwningProcess') ?? record.get('Id') ?? record.get('PID'));
  if (pid !== undefined) row.pid = pid;
  const name = record.get('ProcessName') ?? record.get('Process') ?? record.get('Name');
  if (name) row.process = name;
  return withIpVersion(row);
}

function readTestConnection(record: PsRecord, result: ParsedOutput): void {
  const port = toPort(record.get('RemotePort'));
  const succeeded = record.get('TcpTestSucceeded');
  if (port === undefined || succeeded === undefined) return;
  // False says only that no connection was made: refused, dropped and unreachable all look alike.
  const state = succeeded.toLowerCase() === 'true' ? 'open' : 'failed';
  result.rows.push(remoteRow('tcp', port, state, record.get('RemoteAddress')));
  result.host ??= record.get('ComputerName');
  result.queryPort ??= port;
}

/**
 * TCP or UDP, from the cmdlet's name or the columns. Our own listener commands print LocalAddress,
 * LocalPort, OwningProcess and ProcessName for both protocols, so such a table says neither.
 */
function protocolOf(text: string, names: readonly PsRecord[]): Protocol | 'any' {
  if (text.includes('Get-NetUDPEndpoint') || text.includes('MSFT_NetUDPEndpoint')) return 'udp';
  if (text.includes('Get-NetTCPConnection') || text.includes('MSFT_NetTCPConnection')) return 'tcp';
  const first = names[0];
  return first !== undefined && !first.has('State') && !first.has('RemotePort') ? 'any' : 'tcp';
}

/** Parses PowerShell output in the table or the list view. */
export function parsePowershell(lines: readonly string[]): ParsedOutput {
  const result = startResult('powershell');
  const text = lines.join('\n');
  const tables = readPsTables(lines);
  const records = tables.length > 0 ? tables : readPsLists(lines);
  const protocol = protocolOf(text, records);
  let hasProcess = false;
  for (const record of records) {
    if (record.has('TcpTestSucceeded')) {
      readTestConnection(record, result);
      continue;
    }
    hasProcess ||= record.has('OwningProcess') || record.has('ProcessName');
    const row = readSocketRecord(record, protocol);
    if (row !== null) result.rows.push(row);
    else readProcessRecord(record, result);
  }
  readNotFound(text, result);
  if (result.rows.length > 0 && !hasProcess && result.host === undefined) {
    addNote(result.notes, m.vd_note_powershell_no_owner());
  }
  return finishProcesses(result, hasProcess);
}

/** Get-Process rows name processes (Id, ProcessName) without any socket. */
function readProcessRecord(record: PsRecord, result: ParsedOutput): void {
  const pid = toPid(record.get('Id'));
  const name = record.get('ProcessName') ?? record.get('Name');
  if (pid === undefined) return;
  result.processes.push(name ? { pid, process: name } : { pid });
}

/**
 * A translated "no objects found" error: the port comes from the category line. Without it the
 * text does not say which port was asked about, so it is not read as "nothing uses the port".
 */
function readTranslatedNotFound(text: string, result: ParsedOutput): void {
  if (result.rows.length > 0 || !CIM_CLASS.test(text)) return;
  const port = toPort(CATEGORY_PORT.exec(text)?.[1]);
  if (port === undefined) {
    result.tool = null;
    return;
  }
  result.queryPort ??= port;
  result.queryProtocol ??= text.includes('MSFT_NetUDPEndpoint') ? 'udp' : 'tcp';
  addNote(result.notes, m.vd_note_powershell_not_found());
}

/** "No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '8080'". */
function readNotFound(text: string, result: ParsedOutput): void {
  const at = text.indexOf(NOT_FOUND);
  if (at < 0) {
    readTranslatedNotFound(text, result);
    return;
  }
  const tail = text.slice(at, at + 120);
  const quote = tail.indexOf("equal to '");
  const port =
    quote < 0 ? undefined : toPort(tail.slice(quote + 10, tail.indexOf("'", quote + 10)));
  if (tail.includes("'LocalPort'") && port !== undefined) {
    result.queryPort ??= port;
    result.queryProtocol ??= text.includes('MSFT_NetUDPEndpoint') ? 'udp' : 'tcp';
  }
  addNote(result.notes, m.vd_note_powershell_not_found());
}
