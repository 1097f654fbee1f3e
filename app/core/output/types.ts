import type { Protocol } from '../protocol.ts';

/** Which command (and output format) printed a pasted text. */
export type ToolId =
  | 'ss'
  | 'lsof'
  | 'lsof-fields'
  | 'netstat-linux'
  | 'netstat-bsd'
  | 'netstat-windows'
  | 'fuser'
  | 'nmap'
  | 'nmap-grepable'
  | 'nmap-xml'
  | 'nc'
  | 'sockstat'
  | 'powershell';

export type { Protocol };

/** One socket as a command printed it; remote checks (nmap, nc) put the scanned port in local*. */
export interface SocketRow {
  protocol: Protocol;
  ipVersion?: 4 | 6;
  localAddress?: string;
  localPort?: number;
  remoteAddress?: string;
  remotePort?: number;
  /** Normalised upper case: LISTEN, ESTABLISHED, UNCONN, TIME_WAIT, OPEN, CLOSED, FILTERED … */
  state?: string;
  pid?: number;
  process?: string;
  user?: string;
  /**
   * The output does not say TCP or UDP (our own PowerShell listener commands print the same four
   * columns for both): the row is read as the protocol the page asks about.
   */
  anyProtocol?: true;
}

/** A process named by output that shows no sockets (lsof -t, fuser's stdout, Get-Process). */
export interface ProcessRef {
  pid: number;
  process?: string;
  user?: string;
}

/** Whether the output shows which process owns each socket. */
export type ProcessInfo = 'shown' | 'absent' | 'partial';

/** Everything read from one pasted text. */
export interface ParsedOutput {
  /** null: the text was not recognised. */
  tool: ToolId | null;
  rows: SocketRow[];
  /** Facts noticed while reading, in plain words. */
  notes: string[];
  processInfo: ProcessInfo;
  /** Whether the output has a process column at all (ss -p, netstat -p, netstat -o …). */
  processColumn: boolean;
  /** Processes named without a socket (PID-only output). */
  processes: ProcessRef[];
  /** The port the command itself asked about, when the text shows it. */
  queryPort?: number;
  /** Protocol the command asked about, when the text shows it (fuser 80/tcp, nc -u …). */
  queryProtocol?: Protocol;
  /** For remote checks (nmap, nc, Test-NetConnection): the host scanned. */
  host?: string;
  /** True when the pasted text held nothing but white space. */
  empty: boolean;
  /** Whether some ports were printed as service names (the command ran without -n). */
  serviceNames?: true;
  /** The pasted prompt shows the command ran with sudo, doas or as root. */
  privileged?: true;
  /** Addresses of the scanned host that the scan left out (nmap's "Other addresses … (not scanned)"). */
  unscanned?: string[];
}

/** The kind of answer a verdict gives. */
export type VerdictKind =
  | 'listening'
  /** Something listens (a connection to it is shown), but the output hides the listener. */
  | 'listener-hidden'
  | 'connections-only'
  | 'nothing'
  /** Nothing shown, from a tool that sees only the caller's own processes without privileges. */
  | 'unverified'
  | 'wrong-port'
  | 'not-recognised'
  | 'inconclusive'
  | 'open-remote'
  | 'closed-remote'
  | 'filtered-remote'
  /** The probe never reached the port: no route, host down, network unreachable, or refused locally. */
  | 'unreachable-remote';

/** A plain-words answer about one port, read from parsed output. */
export interface Verdict {
  kind: VerdictKind;
  sentence: string;
  warnings: string[];
  /** Set when exactly one process listens, so the UI can offer the stop command. */
  pid?: number;
  process?: string;
  /** The rows that concern the port (local or remote side). */
  rows: SocketRow[];
}
