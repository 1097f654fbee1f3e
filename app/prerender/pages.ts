/**
 * Which pages the build prerenders as static HTML, for search engines and link previews. Pure:
 * it reads the knowledge base and the curated range lists, and returns the same list every time.
 */
import type { Knowledge } from '../core/ports/knowledge.ts';
import type { KnowledgeData } from '../core/ports/knowledge-data.ts';
import { doctorPath, portPath, rangePath } from '../routes.ts';

/** One page to prerender. */
export interface PrerenderPage {
  /** The clean URL, as resolveUrl accepts it without a redirect: `/`, `/doctor`, `/port/443`. */
  path: string;
  /** The output file, relative to dist: `index.html`, `doctor.html`, `port/443.html`. */
  file: string;
  kind: 'home' | 'doctor' | 'range' | 'port';
  /** Why the page exists, for the build log and for reviewers: "IANA assignment (https)". */
  why: string;
}

/** An IANA port range, as in app/data/port-ranges.json. */
export interface PortRangeInput {
  id: string;
  from: number;
  to: number;
  name: string;
}

/** An operating system's default ephemeral range, as in app/data/ephemeral-ranges.json. */
export interface EphemeralInput {
  os: string;
  label: string;
  from: number;
  to: number;
}

/**
 * The widest curated or IANA span whose every port gets a page. A narrow span (BitTorrent
 * 6881–6889) names each of its ports; a wide one (Asterisk RTP 10000–20000, Kubernetes NodePorts
 * 30000–32767) would add thousands of near-identical pages that say nothing the range page does not.
 */
export const MAX_SPAN_PORTS = 16;

const HIGHEST_PORT = 65535;

/**
 * Every page to prerender: home, the port doctor, the range pages, then the port pages.
 *
 * A port gets a page when it has at least one of:
 * - an IANA assignment: a registry record with a service name. IANA also lists rows with no
 *   service name for ports it has not assigned ("Reserved", "Unassigned", "De-registered",
 *   "any private …"); Knowledge.ianaOf gives those no names and nameOf never names a port from
 *   them, so a port with only such rows is not a page of its own (its range page covers it);
 * - an IANA range assignment with a service name ("flex-lm" 27000–27009), of at most
 *   MAX_SPAN_PORTS ports;
 * - curated data: a primary service, a display name, a security note or an unofficial use
 *   (any confidence). A curated entry spanning more than MAX_SPAN_PORTS ports adds no port pages.
 *
 * Range pages: each IANA range, and each distinct default ephemeral range (operating systems that
 * share a range share its page; a range equal to an IANA range is that range's page).
 *
 * Sorted: home, doctor, ranges by from then to, ports ascending. No two pages share a path.
 */
export function prerenderPages(
  knowledge: Knowledge,
  data: KnowledgeData,
  ranges: readonly PortRangeInput[],
  ephemeral: readonly EphemeralInput[],
): PrerenderPage[] {
  const pages: PrerenderPage[] = [
    page('home', '/', 'the home page'),
    page('doctor', doctorPath(), 'the port doctor'),
    ...rangePages(ranges, ephemeral),
    ...portPages(knowledge, data),
  ];
  assertUniquePaths(pages);
  return pages;
}

/**
 * The pages each language other than English gets: home, the doctor, every range page, and the ports with a curated service or
 * display name, the ones people look up by name and the ones whose text is curated. Every other
 * port in those languages is built in the browser from the language's shell, as before. Each
 * language multiplies its pages into the file count (README, "File limits"): all 6,254 pages in
 * six more languages would be about 44,000 files, over some hosts' limit of 20,000.
 */
export function languagePages(pages: readonly PrerenderPage[]): PrerenderPage[] {
  return pages.filter(
    (p) => p.kind !== 'port' || /curated: [^;]*\b(service|display name)\b/.test(p.why),
  );
}

/** How many pages of each kind, for the build log. */
export function pageCountByKind(
  pages: readonly PrerenderPage[],
): Record<PrerenderPage['kind'], number> {
  const counts = { home: 0, doctor: 0, range: 0, port: 0 };
  for (const p of pages) counts[p.kind]++;
  return counts;
}

/** A page, with its output file derived from its path so the two can never disagree. */
function page(kind: PrerenderPage['kind'], path: string, why: string): PrerenderPage {
  return { path, file: fileOf(path), kind, why };
}

/** `/` → `index.html`; `/port/443` → `port/443.html`: a static host serves `/port/443` from it. */
function fileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** Range pages, one per distinct from–to, each with every reason it exists. */
function rangePages(
  ranges: readonly PortRangeInput[],
  ephemeral: readonly EphemeralInput[],
): PrerenderPage[] {
  const byKey = new Map<string, { from: number; to: number; iana: string[]; os: string[] }>();
  const entry = (from: number, to: number) => {
    assertRange(from, to);
    const key = `${from}-${to}`;
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { from, to, iana: [], os: [] }));
    return found;
  };
  for (const r of ranges) entry(r.from, r.to).iana.push(r.name);
  for (const e of ephemeral) addOnce(entry(e.from, e.to).os, e.label);
  return [...byKey.values()]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((r) => {
      const why = [
        ...r.iana.map((name) => `IANA range: ${name}`),
        ...(r.os.length > 0 ? [`ephemeral range of ${r.os.join(', ')}`] : []),
      ];
      return page('range', rangePath(r.from, r.to), why.join('; '));
    });
}

/** A range that resolveUrl serves as it is: both ends ports, the lower one first. */
function assertRange(from: number, to: number): void {
  if (!isPort(from) || !isPort(to) || from > to)
    throw new Error(`Not a port range: ${from}–${to} (ports go from 0 to ${HIGHEST_PORT}).`);
}

function isPort(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= HIGHEST_PORT;
}

/** Why one port gets a page: IANA's names for it, IANA spans that cover it, curated data. */
interface PortReasons {
  ianaNames: string[];
  ianaSpans: string[];
  curated: string[];
}

/** Port pages in ascending port order, each with its reasons in a fixed order. */
function portPages(knowledge: Knowledge, data: KnowledgeData): PrerenderPage[] {
  const reasons = new Map<number, PortReasons>();
  const at = (port: number) => {
    let found = reasons.get(port);
    if (!found) reasons.set(port, (found = { ianaNames: [], ianaSpans: [], curated: [] }));
    return found;
  };

  for (const [port, names] of ianaAssignments(knowledge))
    for (const name of names) addOnce(at(port).ianaNames, name);
  for (const r of knowledge.ranges) {
    if (!r.service || !narrow(r.from, r.to)) continue;
    // A one-port range row ("boe-cms" 6400) is an assignment like any other record.
    if (r.from === r.to) addOnce(at(r.from).ianaNames, r.service);
    else
      for (let p = r.from; p <= r.to; p++)
        addOnce(at(p).ianaSpans, `${r.service} ${spanText(r.from, r.to)}`);
  }
  for (const [port, portEnd, label] of curatedEntries(data)) {
    if (!narrow(port, portEnd)) continue;
    const reason = portEnd > port ? `${label} ${spanText(port, portEnd)}` : label;
    for (let p = port; p <= portEnd; p++) addOnce(at(p).curated, reason);
  }

  return [...reasons.entries()]
    .sort(([a], [b]) => a - b)
    .map(([port, r]) => page('port', portPath(port), whyOfPort(r)));
}

/** "IANA assignment (ssh); IANA range assignment (x 1–4); curated: service, display name". */
function whyOfPort({ ianaNames, ianaSpans, curated }: PortReasons): string {
  const parts: string[] = [];
  if (ianaNames.length > 0) parts.push(`IANA assignment (${ianaNames.join(', ')})`);
  if (ianaSpans.length > 0) parts.push(`IANA range assignment (${ianaSpans.join(', ')})`);
  if (curated.length > 0) parts.push(`curated: ${curated.join(', ')}`);
  return parts.join('; ');
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * Ports with at least one named IANA record, each with its distinct primary service names in
 * registry order. Names come from Knowledge.ianaOf, so the rule is the one the port page shows.
 */
function ianaAssignments(knowledge: Knowledge): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const records = knowledge.iana.port;
  for (let i = 0; i < records.length; i++) {
    const port = records[i] ?? 0;
    if (i > 0 && records[i - 1] === port) continue; // ianaOf already read this port's records
    const names: string[] = [];
    for (const a of knowledge.ianaOf(port)) {
      const primary = a.names[0];
      if (primary && !names.includes(primary)) names.push(primary);
    }
    if (names.length > 0) out.set(port, names);
  }
  return out;
}

/** Every curated entry as [port, portEnd, label], in a fixed order of kinds. */
function curatedEntries(data: KnowledgeData): [number, number, string][] {
  return [
    ...data.services.map(([port]): [number, number, string] => [port, port, 'service']),
    ...data.display.map(([port]): [number, number, string] => [port, port, 'display name']),
    ...data.security.map(([port, end]): [number, number, string] => [port, end, 'security note']),
    ...data.unofficial.map(([port, end]): [number, number, string] => [
      port,
      end,
      'unofficial use',
    ]),
  ];
}

/** Whether a span is narrow enough for each of its ports to get a page. */
function narrow(from: number, to: number): boolean {
  return isPort(from) && isPort(to) && from <= to && to - from + 1 <= MAX_SPAN_PORTS;
}

function spanText(from: number, to: number): string {
  return `${from}–${to}`;
}

/** The build writes one file per page: two pages with one path would overwrite each other. */
function assertUniquePaths(pages: readonly PrerenderPage[]): void {
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.path)) throw new Error(`Two prerendered pages have the path ${p.path}.`);
    seen.add(p.path);
  }
}
