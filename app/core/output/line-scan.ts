/**
 * Reading the words of a long listing in place, by position: a 1 MB paste has ~10,000 lines,
 * and building a word array and a string per column on each one made the garbage collector
 * the biggest cost of a parse. Same word boundaries as tokenize, same endpoints as address.ts.
 */
import { portOfService } from './service-names.ts';

/** How many leading words scanWords records at most. */
export const MAX_WORDS = 8;

/** Start and end (exclusive) of each word found by the last scanWords call: [s0, e0, s1, e1 …]. */
export const wordAt = new Int32Array(MAX_WORDS * 2);

// tokenize's separators: space, tab, VT, FF, CR and NBSP (not LF); most characters are above
// the space, so they take one comparison and one more against NBSP.
function isSpace(code: number): boolean {
  return code <= 32 ? code === 32 || code === 9 || (code >= 11 && code <= 13) : code === 160;
}

/**
 * Records words of a line in wordAt until `limit` (≤ MAX_WORDS) are known; returns how many.
 * Given `known` words from an earlier call on the same line, it carries on after them.
 */
export function scanWords(line: string, limit: number, known = 0): number {
  let count = known;
  let i = count === 0 ? 0 : (wordAt[count * 2 - 1] as number);
  const length = line.length;
  while (count < limit) {
    while (i < length && isSpace(line.charCodeAt(i))) i++;
    if (i >= length) break;
    wordAt[count * 2] = i;
    while (i < length && !isSpace(line.charCodeAt(i))) i++;
    wordAt[count * 2 + 1] = i;
    count++;
  }
  return count;
}

/** Whether the line has another word after the `count` words of the last scan. */
export function hasWordAfter(line: string, count: number): boolean {
  let i = count === 0 ? 0 : (wordAt[count * 2 - 1] as number);
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i < line.length;
}

/** The text of word `index` from the last scan. */
export function wordText(line: string, index: number): string {
  return line.slice(wordAt[index * 2], wordAt[index * 2 + 1]);
}

/** Whether word `index` of the last scan is 1–12 ASCII digits, as isDigits decides. */
export function wordIsDigits(line: string, index: number): boolean {
  const start = wordAt[index * 2] as number;
  const end = wordAt[index * 2 + 1] as number;
  if (end - start > 12) return false;
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The port a digit run spells (at most 5 digits, ≤ 65535), or -1; reads no substring. */
function portAt(line: string, start: number, end: number): number {
  if (end === start || end - start > 5) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value <= 65535 ? value : -1;
}

/** The endpoint wordColonEndpoint read last; reused, so a row costs no Endpoint objects. */
export const endpoint = { address: '', port: -1, named: false };

/**
 * splitColonEndpoint on word `index` of the last scan, into `endpoint` (port -1: none; named:
 * printed as a service name). Slices only the address, and the name. False when no colon.
 */
export function wordColonEndpoint(line: string, index: number): boolean {
  const start = wordAt[index * 2] as number;
  const end = wordAt[index * 2 + 1] as number;
  const cut = line.lastIndexOf(':', end - 1);
  if (cut < start) return false;
  const bracketed =
    cut - start >= 2 && line.charCodeAt(start) === 91 && line.charCodeAt(cut - 1) === 93;
  const address = bracketed ? line.slice(start + 1, cut - 1) : line.slice(start, cut);
  endpoint.address = address === '' ? '*' : address;
  endpoint.port = -1;
  endpoint.named = false;
  if (cut + 1 === end || (cut + 2 === end && line.charCodeAt(cut + 1) === 42)) return true;
  endpoint.port = portAt(line, cut + 1, end);
  if (endpoint.port >= 0) return true;
  endpoint.named = true;
  endpoint.port = portOfService(line.slice(cut + 1, end)) ?? -1;
  return true;
}
