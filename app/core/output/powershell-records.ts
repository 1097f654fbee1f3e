/** Splits PowerShell's table and list views into records of property name → text. */
import { tokenize } from './text.ts';

/** One object as PowerShell printed it. */
export type PsRecord = Map<string, string>;

function isDashLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || !trimmed.startsWith('-')) return false;
  for (const char of trimmed) if (char !== '-' && char !== ' ') return false;
  return true;
}

/** Reads every table (a header over a line of dashes) into records, cutting at the dash columns. */
export function readPsTables(lines: readonly string[]): PsRecord[] {
  const records: PsRecord[] = [];
  for (let i = 1; i < lines.length; i++) {
    const dashes = lines[i] as string;
    if (!isDashLine(dashes)) continue;
    const header = lines[i - 1] as string;
    const starts: number[] = [];
    for (let at = 0; at < dashes.length; at++) {
      if (dashes[at] === '-' && (at === 0 || dashes[at - 1] === ' ')) starts.push(at);
    }
    const cell = (line: string, k: number) =>
      line.slice(starts[k] as number, k + 1 < starts.length ? starts[k + 1] : undefined).trim();
    const names = starts.map((_, k) => cell(header, k));
    for (i = i + 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.trim() === '' || isDashLine(line)) break;
      const record: PsRecord = new Map();
      // Right-aligned numbers may start left of their dashes; whole words are safer when they fit.
      const words = tokenize(line);
      if (words.length === names.length)
        names.forEach((name, k) => record.set(name, words[k] as string));
      else names.forEach((name, k) => record.set(name, cell(line, k)));
      records.push(record);
    }
  }
  return records;
}

/** Reads `Name : value` blocks (Format-List), one record per block. */
export function readPsLists(lines: readonly string[]): PsRecord[] {
  const records: PsRecord[] = [];
  let record: PsRecord = new Map();
  for (const line of lines) {
    const colon = line.indexOf(' : ');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (name === '' || tokenize(name).length !== 1) {
      if (line.trim() === '' && record.size > 0) {
        records.push(record);
        record = new Map();
      }
      continue;
    }
    if (record.has(name)) {
      records.push(record);
      record = new Map();
    }
    record.set(name, line.slice(colon + 3).trim());
  }
  if (record.size > 0) records.push(record);
  return records;
}
