/** Finds socket error codes in a text: by name, by number in the places programs print one, by message. */
import type { PlatformId } from '../platform/platform-ids.ts';
import { ERRNO_NUMBERS, factByName } from './errno.ts';
import { ERRNO_TEXTS } from './errno-texts.ts';
import type { ErrnoAnchor, ErrnoName } from './types.ts';

/** One place in the text that names an error code. */
export interface ErrnoHit {
  name: ErrnoName;
  number: number | null;
  anchor: ErrnoAnchor;
  platforms: readonly PlatformId[];
  at: number;
  text: string;
}

const NAME =
  /\b(?:WSA)?(?:EADDRINUSE|EACCES|EADDRNOTAVAIL|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b/g;

/**
 * Where programs print a number that is an errno: `[Errno 98]`, `[WinError 10048]`, `errno: -4091`,
 * `errno=98`, `Error -48 EADDRINUSE`, `os error 10048`, `SocketException (98)`, Apache's
 * `(98)Address…`, nginx's `(98: Address…`, PHP's `[10048]:`, Python's `OSError(10013, …`.
 * Only numbers that are socket errors in ERRNO_NUMBERS count.
 */
const NUMBER_PLACES: readonly RegExp[] = [
  /\[(?:WinError|Errno)\s*(-?\d{1,5})\]/gi,
  /\berr(?:no|code)\b\s*[:=]?\s*['"]?(-?\d{1,5})\b/gi,
  /\berror\s+(-?\d{1,5})\b/gi,
  /\bSocketException\s*\((-?\d{1,5})\)/g,
  /\((-?\d{1,5})(?:\)|:\s)/g,
  /\[(\d{5})\]/g,
  /\b(?:OSError|error)\((\d{1,5}),/g,
];

const WINDOWS: readonly PlatformId[] = ['windows'];
const SNIPPET = 120;

function snippet(text: string, at: number, length: number): string {
  return text.slice(at, at + Math.min(length, SNIPPET));
}

function nameHits(text: string, hits: ErrnoHit[]): void {
  for (const match of text.matchAll(NAME)) {
    const fact = factByName(match[0]);
    if (!fact) continue;
    const windows = match[0].startsWith('WSA');
    hits.push({
      name: fact.name,
      number: null,
      anchor: 'name',
      platforms: windows ? WINDOWS : [],
      at: match.index,
      text: match[0],
    });
  }
}

function numberHits(text: string, hits: ErrnoHit[]): void {
  for (const place of NUMBER_PLACES) {
    for (const match of text.matchAll(place)) {
      const value = Number(match[1]);
      const known = ERRNO_NUMBERS.get(value);
      if (!known) continue;
      hits.push({
        name: known.fact.name,
        number: value,
        anchor: 'number',
        platforms: known.platforms,
        at: match.index,
        text: snippet(text, match.index, match[0].length),
      });
    }
  }
}

function messageHits(text: string, hits: ErrnoHit[]): void {
  for (const known of ERRNO_TEXTS) {
    const match = known.pattern.exec(text);
    if (!match) continue;
    hits.push({
      name: known.name,
      number: null,
      anchor: 'message',
      platforms: known.platforms,
      at: match.index,
      text: snippet(text, match.index, match[0].length),
    });
  }
}

/** Every error-code hit in the text, in text order. */
export function findErrnoHits(text: string): ErrnoHit[] {
  const hits: ErrnoHit[] = [];
  nameHits(text, hits);
  numberHits(text, hits);
  messageHits(text, hits);
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * The error the text is about: the first one named by its symbol or message; a bare number only
 * decides when nothing names an error in words. Returns the hits that agree with it.
 */
export function chooseErrno(hits: readonly ErrnoHit[]): ErrnoHit[] {
  const worded = hits.find((hit) => hit.anchor !== 'number');
  const first = worded ?? hits[0];
  if (!first) return [];
  return hits.filter((hit) => hit.name === first.name);
}
