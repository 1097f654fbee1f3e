import { m } from '../generated/paraglide/messages.js';
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
    fail(
      m.pg_import_too_large({
        // English shows one decimal as before; other languages' messages format it through Intl.
        size: (text.length / 1024 / 1024).toFixed(1),
        max: LIMITS.fileChars / 1024 / 1024,
      }),
    );
  }
  if (text.trim() === '') fail(m.pg_import_empty());
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) fail(notJsonProblem(body));
  const data = parseJson(body);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(m.pg_import_not_object({ value: describeValue(data) }));
  }
  const file = data as Record<string, unknown>;
  if (file.format !== 'portwise-history') {
    fail(m.pg_import_wrong_format({ value: describeValue(file.format) }));
  }
  checkVersion(file.schemaVersion);
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    fail(m.pg_import_bad_exported_at({ value: describeValue(file.exportedAt) }));
  }
  const future = futureProblem('exportedAt', Date.parse(file.exportedAt), now);
  if (future) fail(m.pg_import_future_file(future));

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
  return [
    parts === 2
      ? m.pg_import_part_of_two({ part, parts })
      : m.pg_import_part_of_many({ part, parts, others: parts - 1 }),
  ];
}

/** What a time later than the import allows is said with: the field and both times. */
interface FutureTime {
  field: string;
  time: string;
  now: string;
}

/** A time that lies later than the import allows, or undefined when it does not. */
function futureProblem(field: string, time: number, now: number): FutureTime | undefined {
  if (time <= now + LIMITS.clockSkewMs) return undefined;
  return { field, time: new Date(time).toISOString(), now: new Date(now).toISOString() };
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
  const list = shown.join(m.cmp_list_separator());
  return [
    count > shown.length
      ? m.pg_import_left_out_more({ count, list, more: count - shown.length })
      : m.pg_import_left_out({ count, list }),
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
      fail(m.pg_import_truncated());
    }
    // The parser's own message ("Unexpected token …") means nothing to the person importing.
    fail(m.pg_import_damaged());
  }
}

/** Says what a file that is not JSON at all probably is, and which file to choose instead. */
function notJsonProblem(body: string): string {
  const what = notJsonKind(body);
  return m.pg_sentences({ first: what, next: m.pg_import_choose_json() });
}

function notJsonKind(body: string): string {
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (firstLine === CHECKS_CSV_HEADER.join(',')) return m.pg_import_is_csv_export();
  // NUL or undecodable bytes: an image, archive or other binary file read as text.
  const start = body.slice(0, 1024);
  if (start.includes('\0') || start.includes('\uFFFD')) return m.pg_import_not_text();
  if (firstLine.includes(',') || firstLine.includes(';') || firstLine.includes('\t')) {
    return m.pg_import_looks_csv();
  }
  return m.pg_import_not_json({ brace: '{' });
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
    fail(m.pg_import_bad_version({ value: describeValue(version) }));
  }
  if (version > DB_VERSION) {
    fail(m.pg_import_newer({ version, max: DB_VERSION }));
  }
  if (version < 1) fail(m.pg_import_unknown_version({ version }));
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
    problems.push(m.pg_import_not_list({ name, value: describeValue(value) }));
    return [];
  }
  if (value.length > max) {
    problems.push(m.pg_import_too_many({ name, count: value.length, max }));
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
    if (future) report(index, [m.pg_import_future(future)]);
    else records.push(result.value);
  }
  return records;
}
