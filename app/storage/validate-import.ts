import { CHECKS_CSV_HEADER } from './csv.ts';
import { ImportError } from './errors.ts';
import { describeValue } from './fields.ts';
import { LIMITS } from './limits.ts';
import { readCheck, readFeedback, readNote, readPin, readSetting } from './records.ts';
import type { ReadResult } from './records.ts';
import { DB_VERSION } from './schema.ts';
import type { ExportFile } from './types.ts';

/** Past this many problems the list stops: nobody reads the 500th, and collecting them costs time. */
const MAX_PROBLEMS = 20;

const lists = {
  checks: { read: readCheck, max: LIMITS.checks },
  notes: { read: readNote, max: LIMITS.perPort },
  pins: { read: readPin, max: LIMITS.perPort },
  feedback: { read: readFeedback, max: LIMITS.perPort },
  settings: { read: readSetting, max: LIMITS.settings },
} as const;

/**
 * Reads an export file completely before anything is written, returning clean records (known
 * fields only). Throws ImportError whose problems each name the problem and where.
 */
export function parseImportFile(text: string): ExportFile {
  if (text.length > LIMITS.fileChars) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    fail(
      `The file is ${mb} MB; Portwise imports files up to ${LIMITS.fileChars / 1024 / 1024} MB.`,
    );
  }
  if (text.trim() === '') fail('The file is empty.');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) fail(notJsonProblem(body));
  const data = parseJson(body);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(`This is not a Portwise export: expected a JSON object, found ${describeValue(data)}.`);
  }
  const file = data as Record<string, unknown>;
  if (file.format !== 'portwise-history') {
    fail(
      `This is not a Portwise export: "format" is ${describeValue(file.format)}, expected "portwise-history".`,
    );
  }
  checkVersion(file.schemaVersion);
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    fail(`exportedAt must be an ISO date, got ${describeValue(file.exportedAt)}.`);
  }

  const problems: string[] = [];
  const read = <K extends keyof typeof lists>(name: K) => readList(name, file[name], problems);
  const result = {
    format: 'portwise-history',
    schemaVersion: DB_VERSION,
    exportedAt: file.exportedAt,
    checks: read('checks'),
    notes: read('notes'),
    pins: read('pins'),
    feedback: read('feedback'),
    settings: read('settings'),
  } as ExportFile;
  if (problems.length > 0) throw new ImportError(problems);
  return result;
}

function fail(problem: string): never {
  throw new ImportError([problem]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (looksTruncated(text)) {
      fail(
        'The file ends too early (truncated JSON): it was probably cut off while saving or downloading.',
      );
    }
    // The parser's own message ("Unexpected token …") means nothing to the person importing.
    fail(
      'The file starts like a JSON export but is damaged, so it cannot be read. Export it again from Portwise, or choose another copy.',
    );
  }
}

const CHOOSE_JSON =
  'To import, choose the JSON export (portwise-history-YYYY-MM-DD.json, saved with Export JSON).';

/** Says what a file that is not JSON at all probably is, and which file to choose instead. */
function notJsonProblem(body: string): string {
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (firstLine === CHECKS_CSV_HEADER.join(',')) {
    return `This is the CSV export of your checks. CSV is export-only (for spreadsheets) and cannot be imported. ${CHOOSE_JSON}`;
  }
  // NUL or undecodable bytes: an image, archive or other binary file read as text.
  const start = body.slice(0, 1024);
  if (start.includes('\0') || start.includes('\uFFFD')) {
    return `This is not a Portwise history file (it is not text). ${CHOOSE_JSON}`;
  }
  if (firstLine.includes(',') || firstLine.includes(';') || firstLine.includes('\t')) {
    return `This looks like a spreadsheet file (CSV), not a Portwise history file; CSV cannot be imported. ${CHOOSE_JSON}`;
  }
  return `This is not a Portwise history file: a Portwise export is JSON and starts with “{”. ${CHOOSE_JSON}`;
}

/** Whether JSON text ends inside a string or with brackets still open: a cut-off file. */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function checkVersion(version: unknown): void {
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    fail(`schemaVersion must be a whole number, got ${describeValue(version)}.`);
  }
  if (version > DB_VERSION) {
    fail(
      `The file comes from a newer Portwise (schema version ${version}); this version reads up to ${DB_VERSION}. Update Portwise and try again.`,
    );
  }
  if (version < 1) fail(`Unknown schema version ${version}.`);
}

function readList<K extends keyof typeof lists>(
  name: K,
  value: unknown,
  problems: string[],
): unknown[] {
  const { read, max } = lists[name];
  if (!Array.isArray(value)) {
    problems.push(`"${name}" must be a list, got ${describeValue(value)}.`);
    return [];
  }
  if (value.length > max) {
    problems.push(`"${name}" has ${value.length} records; Portwise imports at most ${max}.`);
    return [];
  }
  const records: unknown[] = [];
  for (const [index, raw] of value.entries()) {
    const result: ReadResult<unknown> = read(raw);
    if (result.ok) records.push(result.value);
    else if (problems.length < MAX_PROBLEMS) {
      problems.push(...result.problems.map((problem) => `${name}[${index}]: ${problem}`));
    }
  }
  return records;
}
