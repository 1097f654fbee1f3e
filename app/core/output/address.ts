/** Splitting the address words of socket listings into address and port. */
import { portOfService } from './service-names.ts';
import { toPort } from './text.ts';

/** One side of a socket as printed: the address, and the port when it could be read. */
export interface Endpoint {
  address: string;
  port?: number;
  /** The port as a name (the command ran without -n); port is set too when the name is known. */
  service?: string;
}

function readPortWord(address: string, word: string): Endpoint {
  if (word === '*' || word === '') return { address };
  const port = toPort(word);
  if (port !== undefined) return { address, port };
  const named = portOfService(word);
  return named === undefined ? { address, service: word } : { address, port: named, service: word };
}

function stripBrackets(address: string): string {
  return address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
}

/** Splits `addr:port`, `[v6]:port`, `*:port` and net-tools' bare `::1:port` at the last colon. */
export function splitColonEndpoint(word: string): Endpoint | undefined {
  const cut = word.lastIndexOf(':');
  if (cut < 0) return undefined;
  const address = stripBrackets(word.slice(0, cut));
  return readPortWord(address === '' ? '*' : address, word.slice(cut + 1));
}

/** Splits BSD netstat's `addr.port` (`127.0.0.1.25`, `*.22`, `fe80::1%lo0.123`) at the last dot. */
export function splitDotEndpoint(word: string): Endpoint | undefined {
  const cut = word.lastIndexOf('.');
  if (cut <= 0) return undefined;
  return readPortWord(word.slice(0, cut), word.slice(cut + 1));
}

/** IP version of an address as printed, when it shows one (a bare `*` does not). */
export function ipVersionOf(address: string | undefined): 4 | 6 | undefined {
  if (address === undefined || address === '*') return undefined;
  if (address.includes(':')) return 6;
  // indexOf, not a string iterator: this runs for every row of a long listing.
  let dots = 0;
  for (let at = address.indexOf('.'); at >= 0 && dots <= 3; at = address.indexOf('.', at + 1)) {
    dots++;
  }
  return dots === 3 ? 4 : undefined;
}

/** Formats an address and port for a sentence, bracketing IPv6 addresses. */
export function formatEndpoint(address: string | undefined, port: number | undefined): string {
  const host = address === undefined ? '*' : address.includes(':') ? `[${address}]` : address;
  return port === undefined ? host : `${host}:${port}`;
}
