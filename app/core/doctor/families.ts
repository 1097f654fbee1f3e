/**
 * Which program printed an error, told by its own wording, and the causes some programs state in
 * words of their own (“Port 8080 was already in use”) when no error code is printed.
 */
import type { Confidence, DoctorCause, DoctorSource } from './types.ts';

/** A wording that identifies a program. */
interface Signature {
  source: DoctorSource;
  pattern: RegExp;
}

/**
 * Most specific first: Docker and kubectl print Go's errors, Spring prints Java's, Flask prints
 * Python's, webpack-dev-server prints Node's, so they are tested before the languages.
 */
const SIGNATURES: readonly Signature[] = [
  {
    source: 'docker',
    pattern:
      /port is already allocated|userland proxy|Error response from daemon|driver failed programming external connectivity|Ports are not available/i,
  },
  {
    source: 'kubectl',
    pattern: /Unable to listen on (?:port \d|any of the requested ports)|\bport-forward\b/i,
  },
  {
    source: 'spring-boot',
    pattern:
      /Web server failed to start|PortInUseException|APPLICATION FAILED TO START|org\.springframework|Tomcat connector configured to listen/,
  },
  // Vite with strictPort throws new Error(`Port ${port} is already in use`) and prints just that.
  { source: 'vite', pattern: /\bvite\b|^\s*(?:Error: )?Port \d+ is already in use\s*$/im },
  { source: 'webpack-dev-server', pattern: /webpack-dev-server|\[wds\]|\bwds\b/i },
  {
    source: 'flask',
    pattern: /Serving Flask app|\bwerkzeug\b|flask[/\\]app\.py|is in use by another program/i,
  },
  {
    source: 'dotnet-kestrel',
    pattern: /\bKestrel\b|Microsoft\.AspNetCore|AddressInUseException/,
  },
  { source: 'dotnet', pattern: /System\.Net\.Sockets\.SocketException|\bSocketException \(/ },
  { source: 'nginx', pattern: /\bnginx\b|\bbind\(\) to \S+ failed \(\d+: /i },
  { source: 'apache', pattern: /AH0\d{4}|make_sock: could not bind|\bapache2?ctl\b|\bhttpd\b/i },
  {
    source: 'postgresql',
    pattern:
      /postmaster|could not bind IPv[46] (?:address|socket)|could not create any TCP\/IP sockets|n'a pas pu lier IPv[46]/i,
  },
  {
    source: 'redis',
    pattern:
      /(?:Could not create|Creating) Server TCP listening (?:listening )?socket|Failed listening on port \d+|\bredis-server\b|Redis is starting/i,
  },
  { source: 'mysql', pattern: /\bmysqld\b|Bind on TCP\/IP port/i },
  {
    source: 'php',
    pattern: /Failed to listen on \S+ \(reason: |\bphp\s+-S\b|socket_bind\(\)|\bartisan serve\b/i,
  },
  { source: 'ruby', pattern: /Errno::E[A-Z]+|\bbind\(2\) for\b|\bpuma\b|\.rb:\d+|\bwebrick\b/i },
  {
    source: 'java',
    pattern: /\bjava\.(?:net|io|lang)\.|BindException|sun\.nio\.|io\.netty\.|\.java:\d+\)/,
  },
  {
    source: 'python',
    pattern:
      /Traceback \(most recent call last\)|\bOSError\b|socket\.error|\[Errno -?\d+\]|\[WinError \d+\]|Connection(?:Refused|Reset)Error|\buvicorn\b|\.py", line \d+/,
  },
  {
    source: 'go',
    pattern: /\b(?:listen|dial) (?:tcp|udp)[46]? \S*: (?:bind|connect(?:ex)?):/,
  },
  {
    source: 'node',
    pattern:
      /\bError: (?:listen|connect|bind) E[A-Z]+|syscall: '(?:listen|connect|bind)'|\bnode:net\b|\bnet\.js:\d+|TCPConnectWrap|setupListenHandle/,
  },
  { source: 'curl', pattern: /\bcurl: \(\d+\)|Failed to connect to \S+ port \d+/ },
  { source: 'ssh', pattern: /\bssh: connect to (?:host )?\S+ port \d+/ },
];

/** The program that printed the text, and where its wording was found; null if none is known. */
export function findSource(
  text: string,
): { source: DoctorSource; at: number; text: string } | null {
  for (const signature of SIGNATURES) {
    const match = signature.pattern.exec(text);
    if (match) return { source: signature.source, at: match.index, text: match[0] };
  }
  return null;
}

/** A cause a program states in words of its own, used only when no error code is found. */
interface ToolMessage {
  cause: DoctorCause;
  confidence: Confidence;
  pattern: RegExp;
}

/**
 * Hints (PostgreSQL's “Is another postmaster…”, MySQL's “Do you already have another mysqld…”) are
 * printed for every bind failure, so they are low confidence: a code beside them always wins.
 */
const TOOL_MESSAGES: readonly ToolMessage[] = [
  { cause: 'in-use', confidence: 'high', pattern: /\bPort \d+ was already in use\b/ },
  { cause: 'in-use', confidence: 'high', pattern: /\bport is already allocated\b/i },
  { cause: 'in-use', confidence: 'high', pattern: /\bPort \d+ is in use by another program\b/ },
  { cause: 'in-use', confidence: 'medium', pattern: /\bPort \d+ is already in use\b/ },
  { cause: 'in-use', confidence: 'medium', pattern: /\bport (?:is )?already in use\b/i },
  { cause: 'in-use', confidence: 'medium', pattern: /\bThe port may already be in use\b/ },
  { cause: 'in-use', confidence: 'low', pattern: /Is another postmaster already running on port/ },
  {
    cause: 'in-use',
    confidence: 'low',
    pattern: /Do you already have another mysqld server running on port/,
  },
];

/** The first cause a program states in its own words, or null. */
export function findToolMessage(
  text: string,
): { cause: DoctorCause; confidence: Confidence; at: number; text: string } | null {
  let best: { cause: DoctorCause; confidence: Confidence; at: number; text: string } | null = null;
  for (const message of TOOL_MESSAGES) {
    const match = message.pattern.exec(text);
    if (match && (best === null || match.index < best.at)) {
      best = {
        cause: message.cause,
        confidence: message.confidence,
        at: match.index,
        text: match[0],
      };
    }
  }
  return best;
}

/** Words that say a Mac's AirPlay Receiver (ControlCenter, “ControlCe” in lsof) holds the port. */
export const AIRPLAY_WORDS = /\bAirPlay\b|\bControlCe(?:nter)?\b|\bOn macOS\b/i;
