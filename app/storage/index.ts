/** Public API of the storage layer: the only code that touches IndexedDB. */
export { openStorage, closeStorage, onVersionChange, currentDatabaseName } from './db.ts';
export type { VersionChangeListener } from './db.ts';
export { onHistoryChange, CHANGES_CHANNEL } from './changes.ts';
export { recordCheck, recordCheckOnce, listChecks, deleteCheck } from './checks.ts';
export {
  historyByPort,
  deletePort,
  clearHistory,
  restoreHistory,
  CLEAR_HISTORY_SCOPE,
} from './history.ts';
export type { PortNamer } from './group-history.ts';
export { setNote, getNote } from './notes.ts';
export { setPin, isPinned } from './pins.ts';
export { setFeedback, getFeedback } from './feedback.ts';
export { getSetting, setSetting, SETTING_KEYS } from './settings.ts';
export type { SettingKey } from './settings.ts';
export { exportJson, exportJsonFiles, exportCsv, EXPORT_FORMAT } from './export.ts';
export type { ExportPart } from './export.ts';
export { importJson, ImportCancelledError } from './import.ts';
export type { ImportOptions } from './import.ts';
export type { ImportWorkerMessage, ImportWorkerRequest } from './import-worker.ts';
export { requestPersistence, persistenceState } from './persistence.ts';
export { LIMITS } from './limits.ts';
export {
  StorageUnavailableError,
  StorageFullError,
  ImportError,
  StorageInputError,
} from './errors.ts';
export type * from './types.ts';
