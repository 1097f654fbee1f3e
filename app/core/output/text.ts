/** Small text helpers shared by the parsers; none of them compile a regex per call. */

/** Splits pasted text into lines once, dropping the carriage returns of Windows output. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

// The separators tokenize has always used (space, tab, CR, FF, VT, NBSP), not all of \s. One
// native match per line is about twice as fast as a char loop with a push per word.
const WORD = /[^ \t\r\f\v\u00a0]+/g;

/** Splits one line into its white-space separated words, with one linear native match. */
export function tokenize(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** Whether a word is a non-empty run of ASCII digits. */
export function isDigits(word: string | undefined): word is string {
  if (word === undefined || word.length === 0 || word.length > 12) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Reads a port number (0–65535) from a word of digits, or undefined. */
export function toPort(word: string | undefined): number | undefined {
  if (!isDigits(word) || word.length > 5) return undefined;
  const value = Number(word);
  return value <= 65535 ? value : undefined;
}

/** The largest process id any platform prints (PIDs are unsigned 32-bit on Windows). */
export const MAX_PID = 4_294_967_295;

/** Reads a process id (0 to MAX_PID) from a word of digits, or undefined. */
export function toPid(word: string | undefined): number | undefined {
  if (!isDigits(word) || word.length > 10) return undefined;
  const pid = Number(word);
  return pid <= MAX_PID ? pid : undefined;
}

/** Adds a note once, keeping the order notes were found in. */
export function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}
