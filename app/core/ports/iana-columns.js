// @ts-check
/**
 * The compact column format of the IANA records in the knowledge data: the one place that
 * writes it. scripts/lib/knowledge.js (plain Node, at data build) and slice-data.ts (at app
 * build) both encode through `encodeIanaColumns`; decode.ts reads it back with the two helpers.
 *
 * One letter per record, in port order, with the port as the difference from the record before:
 * - t, u, s, d: a record with its own name and description slot (tcp, udp, sctp, dccp);
 * - T, U, S, D: the previous record's twin (same port, name and description), no slot;
 * - w, x, y, z: a record IANA lists as "Reserved" with no name (tcp, udp, sctp, dccp), no slot.
 *
 * A description that only repeats the name is written as a mark: "=" the name as it is, "^" the
 * name in capitals, "~" the name with its first letter in capitals ("ftp" → "FTP", "Ftp").
 * Together these take about 3.5 KB off every language's data file (brotli).
 */

export const RESERVED_DESCRIPTION = 'Reserved';

/** The letter of each transport, in the IANA columns and in the curated rows' protocol letters. */
/** @type {Record<string, string>} */
export const OWN_LETTER = { tcp: 't', udp: 'u', sctp: 's', dccp: 'd' };
/** @type {Record<string, string>} */
export const RESERVED_LETTER = { tcp: 'w', udp: 'x', sctp: 'y', dccp: 'z' };

/**
 * Transport of every letter the format uses: own slot, twin (its capital) and reserved.
 * @type {Record<string, 'tcp' | 'udp' | 'sctp' | 'dccp'>}
 */
export const TRANSPORT_OF_LETTER = /** @type {Record<string, any>} */ (
  Object.fromEntries(
    Object.entries(OWN_LETTER).flatMap(([transport, own]) => [
      [own, transport],
      [own.toUpperCase(), transport],
      [RESERVED_LETTER[transport], transport],
    ]),
  )
);

const SLOT_LETTERS = new Set(Object.values(OWN_LETTER));
const RESERVED_LETTERS = new Set(Object.values(RESERVED_LETTER));

const capitalised = (/** @type {string} */ name) => name.charAt(0).toUpperCase() + name.slice(1);

/** @type {[string, (name: string) => string][]} */
const MARKS = [
  ['=', (name) => name],
  ['^', (name) => name.toUpperCase()],
  ['~', capitalised],
];

/** The description as written: a mark when it only repeats the name. */
function describe(/** @type {string} */ name, /** @type {string} */ description) {
  if (MARKS.some(([mark]) => mark === description))
    throw new Error(`an IANA description that is only "${description}" cannot be encoded`);
  if (!name || !description) return description;
  return MARKS.find(([, spell]) => spell(name) === description)?.[0] ?? description;
}

/** The description a written one stands for (the inverse of `describe`). */
export function expandDescription(/** @type {string} */ name, /** @type {string} */ written) {
  const mark = MARKS.find(([m]) => m === written);
  return mark ? mark[1](name) : written;
}

/** True for a letter that has a name and description slot of its own. */
export function hasSlot(/** @type {string} */ letter) {
  return SLOT_LETTERS.has(letter);
}

/** True for a letter of a nameless "Reserved" record. */
export function isReserved(/** @type {string} */ letter) {
  return RESERVED_LETTERS.has(letter);
}

/**
 * @typedef {{ port: number, transport: string, name: string, description: string }} IanaRecord
 * @typedef {{ portDelta: number[], transport: string, name: string[], description: string[] }} IanaColumns
 */

/**
 * Encodes records sorted by port (and by transport within a port) into the columns.
 * @param {Iterable<IanaRecord>} records
 * @returns {IanaColumns}
 */
export function encodeIanaColumns(records) {
  /** @type {IanaColumns} */
  const out = { portDelta: [], transport: '', name: [], description: [] };
  /** @type {IanaRecord | undefined} */
  let previous;
  for (const r of records) {
    const own = OWN_LETTER[r.transport];
    if (!own) throw new Error(`unknown transport ${r.transport} on port ${r.port}`);
    if (r.name === '' && r.description === RESERVED_DESCRIPTION) {
      out.transport += RESERVED_LETTER[r.transport];
    } else if (
      previous !== undefined &&
      previous.port === r.port &&
      previous.name === r.name &&
      previous.description === r.description
    ) {
      out.transport += own.toUpperCase();
    } else {
      out.transport += own;
      out.name.push(r.name);
      out.description.push(describe(r.name, r.description));
    }
    out.portDelta.push(r.port - (previous?.port ?? 0));
    previous = r;
  }
  return out;
}
