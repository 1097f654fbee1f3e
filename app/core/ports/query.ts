import { m } from '../../generated/paraglide/messages.js';
import { MAX_PORT } from './range-class.ts';

/** How a search box entry was read. */
export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'port'; port: number; protocol?: 'tcp' | 'udp'; note?: string }
  | { kind: 'range'; from: number; to: number; note?: string }
  | { kind: 'text'; terms: string[]; protocol?: 'tcp' | 'udp'; note?: string }
  | { kind: 'invalid'; message: string };

/** Longest query we read; the rest is ignored with a note. */
export const MAX_QUERY_LENGTH = 100;

// Zero code points of decimal-digit blocks that NFKC does not fold to ASCII.
const digitZeros = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
  0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
];

/** Rewrites every Unicode decimal digit as its ASCII digit (٨٠ → 80, ８０ → 80). */
export function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const cp = ch.codePointAt(0) ?? 0;
    const zero = digitZeros.find((z) => cp >= z && cp <= z + 9);
    out += zero === undefined ? ch : String(cp - zero);
  }
  return out;
}

const stopWords = new Set([
  'port',
  'ports',
  'the',
  'for',
  'of',
  'what',
  'is',
  'on',
  'a',
  'an',
  'and',
]);

function portOrMessage(digits: string): number | string {
  const n = Number(digits);
  if (n > MAX_PORT)
    return digits.length > 9
      ? m.pg_query_above_max_long()
      : m.pg_query_above_max({ number: digits });
  return n;
}

function readNumberish(text: string): ParsedQuery | undefined {
  const withProto =
    /^(\d{1,12})\s*(?:\/|\s)\s*(tcp|udp)$/i.exec(text) ??
    /^(tcp|udp)\s*(?:\/|\s)\s*(\d{1,12})$/i.exec(text);
  if (withProto) {
    const [a = '', b = ''] = withProto.slice(1);
    const digits = /^\d/.test(a) ? a : b;
    const protocol = (/^\d/.test(a) ? b : a).toLowerCase() as 'tcp' | 'udp';
    const port = portOrMessage(digits);
    return typeof port === 'string'
      ? { kind: 'invalid', message: port }
      : { kind: 'port', port, protocol };
  }
  if (/^\d{1,12}$/.test(text)) {
    const port = portOrMessage(text);
    return typeof port === 'string' ? { kind: 'invalid', message: port } : { kind: 'port', port };
  }
  const hex = /^0x([0-9a-f]{1,8})$/i.exec(text);
  if (hex) {
    const n = parseInt(hex[1] ?? '', 16);
    if (n > MAX_PORT)
      return {
        kind: 'invalid',
        message: m.pg_query_hex_above_max({ text, number: n }),
      };
    return { kind: 'port', port: n, note: m.pg_query_hex_note({ text, port: n }) };
  }
  // "-1023" mirrors "49152-": a range open at its start, 0–1023 (ports are never negative).
  const upTo = /^[-–—]\s*(\d{1,12})$/.exec(text);
  if (upTo) {
    const to = Number(upTo[1]);
    if (to > MAX_PORT) return { kind: 'invalid', message: m.pg_query_range_beyond() };
    return { kind: 'range', from: 0, to, note: m.pg_query_read_from_zero({ to }) };
  }
  const range = /^(\d{1,12})?\s*[-–—]\s*(\d{1,12})?$/.exec(text);
  if (range && (range[1] || range[2])) {
    const from = range[1] === undefined ? 0 : Number(range[1]);
    const to = range[2] === undefined ? MAX_PORT : Number(range[2]);
    if (from > MAX_PORT || to > MAX_PORT)
      return { kind: 'invalid', message: m.pg_query_range_beyond() };
    if (from > to)
      return {
        kind: 'range',
        from: to,
        to: from,
        note: m.pg_query_read_swapped({ from: to, to: from }),
      };
    return { kind: 'range', from, to };
  }
  // Dashes and digits that make neither a port nor a range ("--5", "1-2-3") are not a name either.
  if (/\d/.test(text) && /^[\d\s]*[-–—][\d\s\-–—]*$/.test(text))
    return {
      kind: 'invalid',
      message: m.pg_query_not_port_or_range({ text }),
    };
  return undefined;
}

/** Puts sentences one after another as the page's language does (no space in Chinese or Japanese). */
export function joinSentences(sentences: readonly (string | undefined)[]): string {
  return sentences
    .filter((s): s is string => Boolean(s))
    .reduce((first, next) => (first ? m.pg_sentences({ first, next }) : next), '');
}

/** Reads what someone typed into the search box; never throws. */
export function parseQuery(raw: string): ParsedQuery {
  let note: string | undefined;
  let text = raw;
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    note = m.pg_query_truncated({ count: MAX_QUERY_LENGTH });
  }
  const normalised = asciiDigits(text).trim();
  if (!normalised) return { kind: 'empty' };
  const digitsChanged = normalised !== text.trim() && /\d/.test(normalised) && !/\d/.test(text);
  const numberish = readNumberish(normalised.replace(/^port\s+/i, ''));
  if (numberish) {
    if (numberish.kind === 'invalid' || numberish.kind === 'empty') return numberish;
    const digitNote = digitsChanged
      ? m.pg_query_read_digits({ text: text.trim(), digits: normalised })
      : undefined;
    const combined = joinSentences([
      note,
      'note' in numberish ? numberish.note : undefined,
      digitNote,
    ]);
    return combined ? { ...numberish, note: combined } : numberish;
  }
  const words = normalised
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const protocol = words.find((w) => w === 'tcp' || w === 'udp') as 'tcp' | 'udp' | undefined;
  const numbers = words.filter((w) => /^\d+$/.test(w));
  if (
    numbers.length === 1 &&
    words.every((w) => /^\d+$/.test(w) || w === protocol || stopWords.has(w))
  ) {
    const port = portOrMessage(numbers[0] ?? '');
    if (typeof port === 'string') return { kind: 'invalid', message: port };
    return { kind: 'port', port, ...(protocol ? { protocol } : {}), ...(note ? { note } : {}) };
  }
  const terms = words.filter((w) => !stopWords.has(w) && w !== protocol);
  if (terms.length === 0) {
    if (protocol) return { kind: 'text', terms: [protocol], ...(note ? { note } : {}) };
    return {
      kind: 'invalid',
      message: m.pg_query_nothing({ text: text.trim().slice(0, 40) }),
    };
  }
  return {
    kind: 'text',
    terms: terms.slice(0, 8),
    ...(protocol ? { protocol } : {}),
    ...(note ? { note } : {}),
  };
}
