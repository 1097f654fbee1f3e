import type { PlatformId } from '../platform/platform-ids.ts';
import type { Protocol } from '../protocol.ts';

/**
 * Why a bind or connect failed, as a stable code (the words live in advice-text.ts):
 * - `in-use`: another socket already holds the address and port (EADDRINUSE, 10048).
 * - `privileged`: a port below 1024 needs privileges the program lacks (EACCES).
 * - `windows-excluded`: Windows refused the bind (WSAEACCES, 10013), mostly a range reserved by
 *   Hyper-V, WSL or Docker, sometimes a socket bound with exclusive access.
 * - `access-denied`: a permission error on a port ≥ 1024, or with no port, and nothing says which
 *   operating system; on Windows it is usually the excluded range, elsewhere a security policy.
 * - `airplay`: port 5000 or 7000 is in use on a Mac, where AirPlay Receiver listens on both.
 * - `refused`: the client reached the host but nothing listened there (ECONNREFUSED, 10061).
 * - `timed-out`: no answer at all (ETIMEDOUT, 10060): a firewall dropping packets, or routing.
 * - `no-route`: the host or network is unreachable (EHOSTUNREACH, ENETUNREACH).
 * - `addr-not-available`: the program asked to bind an address this machine does not have
 *   (EADDRNOTAVAIL, 10049).
 * - `unknown`: nothing in the text says why; the doctor does not guess.
 */
export type DoctorCause =
  | 'in-use'
  | 'privileged'
  | 'windows-excluded'
  | 'access-denied'
  | 'airplay'
  | 'refused'
  | 'timed-out'
  | 'no-route'
  | 'addr-not-available'
  | 'unknown';

/** The program or family of programs that printed the error, told by its own wording. */
export type DoctorSource =
  | 'node'
  | 'python'
  | 'flask'
  | 'java'
  | 'spring-boot'
  | 'go'
  | 'dotnet'
  | 'dotnet-kestrel'
  | 'ruby'
  | 'php'
  | 'vite'
  | 'webpack-dev-server'
  | 'nginx'
  | 'apache'
  | 'postgresql'
  | 'redis'
  | 'mysql'
  | 'docker'
  | 'kubectl'
  | 'curl'
  | 'ssh'
  | 'windows';

/** The POSIX names of the socket errors the doctor reads; Windows' WSAE… names map onto them. */
export type ErrnoName =
  | 'EADDRINUSE'
  | 'EACCES'
  | 'ECONNREFUSED'
  | 'ETIMEDOUT'
  | 'EHOSTUNREACH'
  | 'ENETUNREACH'
  | 'EADDRNOTAVAIL';

/** How an error code was recognised: its symbolic name, its number, or the system's message for it. */
export type ErrnoAnchor = 'name' | 'number' | 'message';

/** The error code found in the text. */
export interface ErrnoMatch {
  /** The POSIX name (WSAEADDRINUSE and 10048 give EADDRINUSE). */
  name: ErrnoName;
  /** The number as the text wrote it (98, 48, 10048, or libuv's -98, -4091); null if none was written. */
  number: number | null;
  /** The strongest anchor among all the places that name this code. */
  anchor: ErrnoAnchor;
}

/** What one piece of evidence is. */
export type EvidenceKind =
  | 'errno-name'
  | 'errno-number'
  | 'errno-message'
  | 'tool-message'
  | 'source'
  | 'endpoint'
  | 'protocol'
  | 'platform'
  | 'platform-hint';

/** One fact read from the text, with the snippet it came from (verbatim, at most 120 characters). */
export interface Evidence {
  kind: EvidenceKind;
  /** The words of the input that showed it. */
  text: string;
  /** Offset of the snippet in the input. */
  at: number;
}

/** How sure the doctor is of `cause`: high for an error code, medium for a message, low for a hint. */
export type Confidence = 'high' | 'medium' | 'low';

/** Everything `diagnose` read from a pasted error message: codes only, no sentences. */
export interface Diagnosis {
  cause: DoctorCause;
  /** Which program printed it; null when no wording is recognised. */
  source: DoctorSource | null;
  errno: ErrnoMatch | null;
  /**
   * Operating systems the text implies: errno 98 → Linux, 48 → macOS or FreeBSD, 10048 or a
   * Windows message → Windows. Empty when the text does not tell.
   */
  platforms: readonly PlatformId[];
  /** The port of the failed bind or connect; null when the text names none. */
  port: number | null;
  /** The address as written, without brackets (`::`, `0.0.0.0`, `localhost`, `*`); null if none. */
  address: string | null;
  /** TCP or UDP when the text says so; null when it does not. */
  protocol: Protocol | null;
  /** Whether the failure was a server binding (`bind`) or a client connecting (`connect`). */
  side: 'bind' | 'connect' | null;
  confidence: Confidence;
  /** The facts behind the verdict, in the order they appear in the text. */
  evidence: readonly Evidence[];
}

/** What the caller knows besides the text: the platform the user chose or that was detected. */
export interface DiagnoseContext {
  /** With `macos`, a port 5000 or 7000 in use is read as AirPlay Receiver unless the text says otherwise. */
  platform?: PlatformId;
}
