/** Finds the port, address and protocol of the failed bind or connect in an error text. */
import type { Protocol } from '../protocol.ts';

/** A port (and maybe an address) written somewhere in the text. */
export interface Endpoint {
  port: number;
  address: string | null;
  at: number;
  text: string;
  /** 2 for address:port forms, 1 for a lone “port 80”. */
  strength: number;
}

interface Form {
  pattern: RegExp;
  strength: number;
  /** Group of the address, or a fixed address, or null for none. */
  address: number | string | null;
  port: number;
}

/** Address:port forms, strongest first. Every pattern is linear (no nested quantifiers). */
const FORMS: readonly Form[] = [
  {
    pattern: /\[([0-9A-Fa-f:.%]*:[0-9A-Za-z:.%]*)\]:(\d{1,5})\b/g,
    strength: 2,
    address: 1,
    port: 2,
  },
  { pattern: /\b((?:\d{1,3}\.){3}\d{1,3}):(\d{1,5})\b/g, strength: 2, address: 1, port: 2 },
  { pattern: /(?<![\w:]):::(\d{1,5})\b/g, strength: 2, address: '::', port: 1 },
  { pattern: /(?<![\w*])\*:(\d{1,5})\b/g, strength: 2, address: '*', port: 1 },
  { pattern: /\b(localhost):(\d{1,5})\b/gi, strength: 2, address: 1, port: 2 },
  {
    pattern: /\b(?:https?|tcp|udp|wss?):\/\/([A-Za-z0-9_.-]+):(\d{1,5})\b/gi,
    strength: 2,
    address: 1,
    port: 2,
  },
  // Python's ('0.0.0.0', 8080) and ('::1', 8000, 0, 0)
  { pattern: /\(\s*'([^'\n]{1,64})'\s*,\s*(\d{1,5})\s*[,)]/g, strength: 2, address: 1, port: 2 },
  // Ruby's bind(2) for "0.0.0.0" port 3000, also inside a quoted log field (\"0.0.0.0\")
  {
    pattern: /\bfor\s+\\?"([^"\\\n]{1,64})\\?"\s+port\s+(\d{1,5})\b/g,
    strength: 2,
    address: 1,
    port: 2,
  },
  // Node writes IPv6 without brackets: connect ETIMEDOUT 64:ff9b::b9c7:6e85:443
  {
    pattern:
      /\b(?:connect|listen|bind) E[A-Z]+:?\s+([0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{0,60}):(\d{1,5})\b/g,
    strength: 2,
    address: 1,
    port: 2,
  },
  // Redis: listening socket ::1:6379: bind (the last colon before the port)
  { pattern: /\blistening socket\s+(\S{0,80}):(\d{1,5}):/g, strength: 2, address: 1, port: 2 },
  // curl, ssh: connect to 10.0.0.1 port 22
  {
    pattern:
      /\bto\s+(?:host\s+)?([A-Za-z0-9_:-][A-Za-z0-9_.:-]{0,62}[A-Za-z0-9_:])\s+port\s+(\d{1,5})\b/g,
    strength: 2,
    address: 1,
    port: 2,
  },
  // Go's “listen tcp :8080: bind”, all interfaces
  { pattern: /(?:^|[\s"'(=])[:](\d{1,5})(?=[:\s"',)]|$)/gm, strength: 2, address: null, port: 1 },
  // port 80, port: 5000, Port 8080 was…, on port: 3306, port=9821
  { pattern: /\bport\b[ \t]*[:=]?[ \t]*['"]?(\d{1,5})\b/gi, strength: 1, address: null, port: 1 },
];

/** Addresses written without a port: Node's `address: '::'`, PostgreSQL's `address "127.0.0.1"`. */
const LONE_ADDRESSES: readonly RegExp[] = [
  /\baddress:\s*'([^'\n]{1,64})'/g,
  /\baddress\s+"([^"\n]{1,64})"/g,
  /«\s*([^»\n]{1,64}?)\s*»/g,
];

/** Every port written in the text with its address, in text order. */
export function findEndpoints(text: string): Endpoint[] {
  const found: Endpoint[] = [];
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const port = Number(match[form.port]);
      if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
      const address =
        typeof form.address === 'number' ? (match[form.address] ?? null) : form.address;
      found.push({
        port,
        address,
        at: match.index,
        text: match[0].trim(),
        strength: form.strength,
      });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Addresses written without a port, in text order. */
export function findLoneAddresses(text: string): { address: string; at: number }[] {
  const found: { address: string; at: number }[] = [];
  for (const pattern of LONE_ADDRESSES) {
    for (const match of text.matchAll(pattern)) {
      if (match[1]) found.push({ address: match[1], at: match.index });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Start and end offsets of the line around `at`. */
export function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

const BIND_WORDS =
  /\b(?:bind(?:ing)?|listen(?:ing)?|in use|already|allocated|postmaster|mysqld|EADDRINUSE|EACCES|EADDRNOTAVAIL)\b/i;
// Node prints the client's own end as “- Local (192.168.0.7:63809)”: not the port that failed.
const LOCAL_END = /Local \($/;

/**
 * The endpoint of the failure: address:port forms beat a lone “port 80”, one on the line of the
 * error beats the rest, one on a line about binding beats other lines, the one nearest the error
 * breaks ties. When the error is known, a port on a line that is about neither (“Project is running
 * at http://localhost:2992/”) is not the one that failed, and null is better than a guess.
 */
export function chooseEndpoint(
  text: string,
  endpoints: readonly Endpoint[],
  anchor: number | null,
): Endpoint | null {
  const line = anchor === null ? null : lineAround(text, anchor);
  let best: Endpoint | null = null;
  let bestScore = -Infinity;
  for (const endpoint of endpoints) {
    const [start, end] = lineAround(text, endpoint.at);
    const onErrorLine = line !== null && endpoint.at >= line[0] && endpoint.at <= line[1];
    const onBindLine = BIND_WORDS.test(text.slice(start, end));
    if (line !== null && !onErrorLine && !onBindLine) continue;
    let score = endpoint.strength + (onErrorLine ? 3 : 0) + (onBindLine ? 1 : 0);
    if (LOCAL_END.test(text.slice(Math.max(0, endpoint.at - 8), endpoint.at))) score -= 4;
    // Nearer the error is better, by less than any whole point of score.
    if (anchor !== null) score -= Math.min(Math.abs(endpoint.at - anchor), 1e6) / 1e7;
    if (score > bestScore) {
      best = endpoint;
      bestScore = score;
    }
  }
  return best;
}

const PROTOCOL = /\b(tcp|udp)[46]?\b/gi;

/** TCP or UDP when the text states it; the mention nearest to `near` wins when both appear. */
export function findProtocol(
  text: string,
  near: number | null,
): { protocol: Protocol; at: number } | null {
  let best: { protocol: Protocol; at: number } | null = null;
  let seen: Protocol | null = null;
  let mixed = false;
  for (const match of text.matchAll(PROTOCOL)) {
    const protocol = (match[1] as string).toLowerCase() as Protocol;
    if (seen !== null && seen !== protocol) mixed = true;
    seen = protocol;
    const distance = near === null ? match.index : Math.abs(match.index - near);
    const bestDistance =
      best === null ? Infinity : near === null ? best.at : Math.abs(best.at - near);
    if (distance < bestDistance) best = { protocol, at: match.index };
  }
  if (mixed && near === null) return null;
  return best;
}
