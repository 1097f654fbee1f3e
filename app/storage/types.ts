import type { Protocol } from '../core/protocol.ts';

export type { Protocol };

/** What the user did: opened a port page, copied a command, or pasted its output. */
export type CheckKind = 'view' | 'copy' | 'paste';

/** A value that survives JSON.stringify → JSON.parse unchanged (settings are exported as JSON). */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A check as the app records it; `at` defaults to now. */
export interface NewCheck {
  port: number;
  protocol: Protocol;
  /** Platform id such as 'linux', 'macos' or 'windows'. */
  platform: string;
  /** The catalogue id of the command, when the check is about one. */
  commandId?: string;
  kind: CheckKind;
  /** What a parsed paste concluded (for example 'in-use'). */
  verdict?: string;
  /** Pasted command output, stored only when the user agreed to keep it. */
  output?: string;
  /** Epoch milliseconds. */
  at?: number;
}

/** A stored check, with the id the database gave it. */
export interface CheckRecord extends NewCheck {
  id: number;
  at: number;
}

/** A check as it appears in an export file; ids are informational and ignored on import. */
export type ExportedCheck = Omit<CheckRecord, 'id'> & { id?: number };

/** The user's note on a port. */
export interface PortNote {
  port: number;
  text: string;
  updatedAt: number;
}

/** A port the user pinned to the top of the history. */
export interface Pin {
  port: number;
  pinnedAt: number;
}

/** The answer to "Was this page helpful?" for one port. */
export interface Feedback {
  port: number;
  helpful: boolean;
  at: number;
}

/** One stored setting, such as the chosen platform. */
export interface Setting {
  key: string;
  value: JsonValue;
}

/** A port's checks summarised, kept up to date on every write so history reads stay small. */
export interface PortStats {
  port: number;
  count: number;
  /** Time and id of the newest check, which the last* fields describe. */
  lastAt: number;
  lastId: number;
  lastProtocol: Protocol;
  lastPlatform: string;
  lastVerdict?: string;
}

/** One row of the history page: every check of a port, folded together. */
export interface PortHistory {
  port: number;
  /** Number of checks; 0 when only a note, pin or feedback keeps the port in history. */
  count: number;
  /** Time of the newest check (epoch ms); without checks, of the newest note, pin or feedback. */
  lastAt: number;
  pinned: boolean;
  note?: PortNote;
  feedback?: Feedback;
  /** From the newest check; absent when the port has no checks. */
  lastProtocol?: Protocol;
  lastPlatform?: string;
  lastVerdict?: string;
}

/** Everything the history page can remove at once, kept so it can be put back (undo). */
export interface HistorySnapshot {
  checks: CheckRecord[];
  notes: PortNote[];
  pins: Pin[];
  feedback: Feedback[];
}

/** The JSON export file, as written by exportJson and read by importJson. */
export interface ExportFile {
  format: 'portwise-history';
  schemaVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  /** Present when the export was split: this file is part `part` of `parts` (1-based). */
  part?: number;
  parts?: number;
  checks: ExportedCheck[];
  notes: PortNote[];
  pins: Pin[];
  feedback: Feedback[];
  settings: Setting[];
}

/** What an import did to one store. */
export interface StoreImportCounts {
  /** Records that were not there before. */
  added: number;
  /** Records that replaced an older local one (notes, pins, feedback). */
  updated: number;
  /** Duplicates and records older than the local one. */
  skipped: number;
}

/** What an import did, per store. */
export interface ImportResult {
  checks: StoreImportCounts;
  notes: StoreImportCounts;
  pins: StoreImportCounts;
  feedback: StoreImportCounts;
  settings: StoreImportCounts;
}

/**
 * What importJson reports: the counts per store (an ImportResult) and, in `notices`, sentences
 * about what the file held that was left out; empty when nothing was.
 */
export type ImportOutcome = ImportResult & { notices: string[] };

/** Why storage cannot be used right now ('timeout': the open never answered). */
export type UnavailableReason = 'unsupported' | 'blocked' | 'outdated' | 'timeout' | 'error';

/** Whether history can be saved in this browser, and if not, why (for a notice). */
export type StorageStatus =
  { available: true } | { available: false; reason: UnavailableReason; message: string };

/** Whether the browser promised not to evict our data under storage pressure. */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';
