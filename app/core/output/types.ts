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

/** Transport protocol of a socket row. */
export type Protocol = 'tcp' | 'udp';

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
}

/** The kind of answer a verdict gives. */
export type VerdictKind =
  | 'listening'
  | 'connections-only'
  | 'nothing'
  | 'wrong-port'
  | 'not-recognised'
  | 'inconclusive'
  | 'open-remote'
  | 'closed-remote'
  | 'filtered-remote';

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
