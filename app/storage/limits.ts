/** Size rules shared by the write functions and the import validator, so both agree. */
export const LIMITS = {
  /**
   * Largest import file, in UTF-16 code units. Exports are cut into files of at most this many
   * UTF-8 bytes (never fewer than characters), so every file the app exports imports again, and a
   * check of the file's size in bytes against the same number passes too.
   */
  fileChars: 50 * 1024 * 1024,
  /** Checks in one import file; the store may hold more, and an export then splits. */
  checks: 500_000,
  /** Notes, pins and feedback are keyed by port, so there can be at most one per port. */
  perPort: 65_536,
  settings: 1_000,
  noteChars: 10_000,
  outputChars: 100_000,
  platformChars: 32,
  commandIdChars: 100,
  verdictChars: 200,
  settingKeyChars: 100,
  settingValueChars: 10_000,
  /**
   * How far an imported time may lie after the moment of the import: clocks of two devices
   * disagree a little, but a history cannot hold what has not happened yet.
   */
  clockSkewMs: 24 * 60 * 60 * 1000,
  /** 9999-12-31T23:59:59.999Z: later "dates" are corrupt data, not history. */
  maxTime: 253_402_300_799_999,
} as const;
