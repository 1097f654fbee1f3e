import { CHECKS_CSV_HEADER } from './csv.ts';
import { ImportError } from './errors.ts';
import { describeValue } from './fields.ts';
import { isSettingKey } from './known-settings.ts';
import { LIMITS } from './limits.ts';
import { readCheck, readFeedback, readNote, readPin, readSetting } from './records.ts';
import type { ReadResult } from './records.ts';
import { DB_VERSION } from './schema.ts';
import type { ExportFile, Feedback, Pin, PortNote, Setting, ExportedCheck } from './types.ts';

/** Past this many problems the list stops: nobody reads the 500th, and collecting them costs time. */
const MAX_PROBLEMS = 20;

/** How each list of a file is read: its record reader, its length limit, and its time field. */
interface ListRule<T> {
  read: (raw: unknown) => ReadResult<T>;
  max: number;
  /** The field holding the record's time, which must not lie in the future. */
  time?: (record: T) => [field: string, value: number];
}

const lists = {
  checks: {
    read: readCheck,
    max: LIMITS.checks,
    time: (check) => ['at', check.at],
  } satisfies ListRule<ExportedCheck>,
  notes: {
    read: readNote,
    max: LIMITS.perPort,
    time: (note) => ['updatedAt', note.updatedAt],
  } satisfies ListRule<PortNote>,
  pins: {
    read: readPin,
    max: LIMITS.perPort,
    time: (pin) => ['pinnedAt', pin.pinnedAt],
  } satisfies ListRule<Pin>,
  feedback: {
    read: readFeedback,
    max: LIMITS.perPort,
    time: (answer) => ['at', answer.at],
  } satisfies ListRule<Feedback>,
  settings: { read: readSetting, max: LIMITS.settings } satisfies ListRule<Setting>,
};

/** A file read for import: its clean records, and what was left out, in sentences. */
export interface ParsedImport {
  file: ExportFile;
  /** Things the import leaves out without refusing the file (settings it does not know). */
  notices: string[];
}

/**
 * Reads an export file completely before anything is written, returning clean records (known
 * fields only). Throws ImportError whose problems each name the problem and where. Times later
 * than `now` by more than LIMITS.clockSkewMs are refused; settings Portwise does not know are
 * left out, and a notice says which.
 */
export function parseImportFile(text: string, now = Date.now()): ParsedImport {
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
  const future = futureProblem('exportedAt', Date.parse(file.exportedAt), now);
  if (future) fail(`${future}.`);

  const problems: string[] = [];
  const unknownSettings: string[] = [];
  const read = <K extends keyof typeof lists>(name: K) =>
    readList(name, file[name], { problems, now, unknownSettings });
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
  return { file: result, notices: [...partNotices(file), ...leftOutNotices(unknownSettings)] };
}

/** Reminds that a split export's other files hold the rest (export.ts numbers them 1 of n). */
function partNotices({ part, parts }: Record<string, unknown>): string[] {
  if (typeof part !== 'number' || typeof parts !== 'number') return [];
  if (!Number.isInteger(part) || !Number.isInteger(parts) || part < 1 || part > parts) return [];
  if (parts < 2) return [];
  const others = parts === 2 ? 'other one' : `other ${parts - 1}`;
  return [`This file is part ${part} of ${parts} of one export: import the ${others} too.`];
}

/** Says that a time lies later than the import allows, or undefined when it does not. */
function futureProblem(field: string, time: number, now: number): string | undefined {
  if (time <= now + LIMITS.clockSkewMs) return undefined;
  return (
    `${field} ${new Date(time).toISOString()} is later than now (${new Date(now).toISOString()}): ` +
    'the clock of the device that saved it was probably wrong'
  );
}

/** A setting record whose key Portwise does not know: left out, not refused. */
function unknownSettingKey(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { key } = raw as { key?: unknown };
  return typeof key === 'string' && key !== '' && !isSettingKey(key) ? key : undefined;
}

function leftOutNotices(unknownSettings: readonly string[]): string[] {
  if (unknownSettings.length === 0) return [];
  const count = unknownSettings.length;
  const shown = unknownSettings.slice(0, 5).map((key) => describeValue(key));
  const more = count > shown.length ? ` and ${count - shown.length} more` : '';
  return [
    `Left out ${count} setting${count === 1 ? '' : 's'} this version of Portwise does not know: ` +
      `${shown.join(', ')}${more}.`,
  ];
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

/** Where readList reports: problems refuse the file, unknown setting keys are only left out. */
interface ReadContext {
  problems: string[];
  now: number;
  unknownSettings: string[];
}

function readList<K extends keyof typeof lists>(
  name: K,
  value: unknown,
  { problems, now, unknownSettings }: ReadContext,
): unknown[] {
  const { read, max, time } = lists[name] as ListRule<unknown>;
  if (!Array.isArray(value)) {
    problems.push(`"${name}" must be a list, got ${describeValue(value)}.`);
    return [];
  }
  if (value.length > max) {
    problems.push(`"${name}" has ${value.length} records; Portwise imports at most ${max}.`);
    return [];
  }
  const records: unknown[] = [];
  const report = (index: number, found: readonly string[]) => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push(...found.map((problem) => `${name}[${index}]: ${problem}`));
    }
  };
  for (const [index, raw] of value.entries()) {
    const unknownKey = name === 'settings' ? unknownSettingKey(raw) : undefined;
    if (unknownKey !== undefined) {
      unknownSettings.push(unknownKey);
      continue;
    }
    const result = read(raw);
    if (!result.ok) {
      report(index, result.problems);
      continue;
    }
    const future = time ? futureProblem(...time(result.value), now) : undefined;
    if (future) report(index, [future]);
    else records.push(result.value);
  }
  return records;
}
