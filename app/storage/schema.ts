import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CheckRecord, Feedback, Pin, PortNote, PortStats, Setting } from './types.ts';

/** The IndexedDB database name. */
export const DB_NAME = 'portwise';

/** The schema version this code writes; bump it with a new upgrade step and a new fixture. */
export const DB_VERSION: number = 1;

/** The database layout, checked by the compiler wherever idb is used. */
export interface PortwiseDB extends DBSchema {
  checks: { key: number; value: CheckRecord; indexes: { port: number; at: number } };
  notes: { key: number; value: PortNote };
  pins: { key: number; value: Pin };
  feedback: { key: number; value: Feedback };
  settings: { key: string; value: Setting };
  /** Derived from checks (never exported): one summary per port, so history reads O(ports). */
  portStats: { key: number; value: PortStats };
}

/** Every store that holds the user's own data (exported, imported). */
export const DATA_STORES = [
  'checks',
  'notes',
  'pins',
  'feedback',
  'settings',
] as const satisfies readonly StoreNames<PortwiseDB>[];

/** Every store, for an import: one transaction so a failure changes nothing. */
export const ALL_STORES = [
  ...DATA_STORES,
  'portStats',
] as const satisfies readonly StoreNames<PortwiseDB>[];

/** The stores the history page shows and "Clear history" empties (settings stay). */
export const HISTORY_STORES = [
  'checks',
  'notes',
  'pins',
  'feedback',
  'portStats',
] as const satisfies readonly StoreNames<PortwiseDB>[];

type UpgradeTransaction = IDBPTransaction<PortwiseDB, StoreNames<PortwiseDB>[], 'versionchange'>;
type UpgradeStep = (db: IDBPDatabase<PortwiseDB>, tx: UpgradeTransaction) => void;

/**
 * One step per shipped version, index = version it upgrades to. Steps are never edited once
 * shipped: users' databases were built by them, and tests/fixtures/db keeps one per version.
 */
const steps: readonly UpgradeStep[] = [
  () => undefined,
  (db) => {
    const checks = db.createObjectStore('checks', { keyPath: 'id', autoIncrement: true });
    checks.createIndex('port', 'port');
    checks.createIndex('at', 'at');
    db.createObjectStore('notes', { keyPath: 'port' });
    db.createObjectStore('pins', { keyPath: 'port' });
    db.createObjectStore('feedback', { keyPath: 'port' });
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('portStats', { keyPath: 'port' });
  },
];

/** Brings a database from oldVersion to newVersion one shipped step at a time. */
export function upgradeSchema(
  db: IDBPDatabase<PortwiseDB>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
): void {
  const target = newVersion ?? DB_VERSION;
  for (let version = oldVersion + 1; version <= target; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No upgrade step to schema version ${version}`);
    step(db, tx);
  }
}
