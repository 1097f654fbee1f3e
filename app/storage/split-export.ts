import { LIMITS } from './limits.ts';
import type { ExportFile } from './types.ts';

/** The lists of an export file, in the order they are written. */
const LIST_NAMES = ['checks', 'notes', 'pins', 'feedback', 'settings'] as const;

type ListName = (typeof LIST_NAMES)[number];

/** How big one export file may be: in UTF-8 bytes, and in records per list. */
export interface ExportFileLimits {
  bytes: number;
  records: Readonly<Record<ListName, number>>;
}

/**
 * What import accepts: LIMITS.fileChars counts characters, and a file is never fewer bytes than
 * characters, so a file within it in bytes also passes a check on the file's size.
 */
export const IMPORTABLE: ExportFileLimits = {
  bytes: LIMITS.fileChars,
  records: {
    checks: LIMITS.checks,
    notes: LIMITS.perPort,
    pins: LIMITS.perPort,
    feedback: LIMITS.perPort,
    settings: LIMITS.settings,
  },
};

/** Room kept in every file for the part fields, as if both numbers were this large. */
const PART_PLACEHOLDER = 999_999;

/** The length of a string once saved as UTF-8 (JSON.stringify never leaves a lone surrogate). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // A surrogate pair is 2 code units and 4 bytes; other code units above 0x7F are 2 or 3 bytes.
    if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
    else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** The header fields of a file, with every list empty, as JSON text without the closing brace. */
function envelope(file: ExportFile, part?: { part: number; parts: number }): string {
  const { format, schemaVersion, exportedAt } = file;
  return JSON.stringify({ format, schemaVersion, exportedAt, ...part });
}

/**
 * Writes an export as compact JSON (no indentation), in as few files as `limits` allow: one in
 * the common case, exactly what JSON.stringify(file) gives. A history too big for one file is
 * split between several, each a complete export carrying `part` and `parts` (1 of 3 …) and
 * holding whole records, so importing every part (in any order: import merges) restores it all.
 */
export function splitExport(file: ExportFile, limits: ExportFileLimits = IMPORTABLE): string[] {
  // Every file holds the header and five lists: `{…,"checks":[],…,"settings":[]}`.
  const overhead =
    utf8Length(envelope(file, { part: PART_PLACEHOLDER, parts: PART_PLACEHOLDER })) +
    LIST_NAMES.reduce((sum, name) => sum + name.length + 6, 0);
  type Part = Record<ListName, string[]> & { bytes: number };
  const empty = (): Part => ({
    checks: [],
    notes: [],
    pins: [],
    feedback: [],
    settings: [],
    bytes: overhead,
  });
  const parts: Part[] = [empty()];
  for (const name of LIST_NAMES) {
    for (const record of file[name]) {
      const text = JSON.stringify(record);
      // Each record costs its bytes and, at most, one comma.
      const cost = utf8Length(text) + 1;
      if (overhead + cost > limits.bytes) {
        throw new RangeError(`One ${name} record is larger than an export file may be`);
      }
      let part = parts[parts.length - 1] ?? empty();
      if (part.bytes + cost > limits.bytes || part[name].length >= limits.records[name]) {
        part = empty();
        parts.push(part);
      }
      part[name].push(text);
      part.bytes += cost;
    }
  }
  return parts.map((part, index) => {
    const numbered = parts.length > 1 ? { part: index + 1, parts: parts.length } : undefined;
    const header = envelope(file, numbered);
    const lists = LIST_NAMES.map((name) => `"${name}":[${part[name].join(',')}]`);
    return `${header.slice(0, -1)},${lists.join(',')}}`;
  });
}
