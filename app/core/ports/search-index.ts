import type { Knowledge } from './knowledge.ts';
import type { Confidence } from './types.ts';

/** How strongly one token ties to one port, per kind of source (the best entry of each kind). */
export interface Posting {
  port: number;
  /** Best curated name (service, unofficial use, or the IANA service a curated entry stands for). */
  curated: number;
  /** Best IANA service name or range name. */
  iana: number;
  /** Best curated summary. */
  summary: number;
  /** Best IANA description. */
  description: number;
}

type Field = 'curated' | 'iana' | 'summary' | 'description';

/** Weights of the fields a token can come from. */
const NAME = 100;
const DESCRIPTION = 30;
/** The name a port is listed under counts a little more than its other names. */
const PRIMARY = 10;
const USE_WEIGHT: Record<Confidence, number> = {
  documented: 90,
  'widely-reported': 80,
  rumoured: 60,
};
/** Words that say what role a port plays, not what it is: they do not dilute a name's focus. */
const ROLE_WORDS = new Set(['server', 'client', 'port', 'ports', 'service', 'services', 'daemon']);

/** Splits text into lower-case search tokens. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** An inverted index over every named port's names and descriptions. */
export class TokenIndex {
  private readonly postings = new Map<string, Posting[]>();
  /** Unique tokens, sorted, for prefix scans. */
  readonly sorted: string[];
  /** Name tokens bucketed by length, for typo-tolerant matching. */
  readonly nameTokensByLength = new Map<number, string[]>();
  /** Extra weight for ports with curated facts of their own, so ports people meet rank first. */
  readonly boost = new Map<number, number>();
  /** Whole names (lower case, separators as spaces) vouched for by curated data, for whole-name matches. */
  readonly namesByPort = new Map<number, string[]>();

  constructor(knowledge: Knowledge) {
    const nameTokens = new Set<string>();
    const building = new Map<string, Map<number, Posting>>();
    const add = (token: string, port: number, field: Field, weight: number) => {
      let byPort = building.get(token);
      if (!byPort) building.set(token, (byPort = new Map()));
      let posting = byPort.get(port);
      if (!posting) byPort.set(port, (posting = { port, curated: 0, iana: 0, summary: 0, description: 0 }));
      posting[field] = Math.max(posting[field], weight);
    };
    const addName = (text: string, port: number, field: Field, weight: number) => {
      const tokens = tokenize(text);
      const primary = text === knowledge.nameOf(port) ? PRIMARY : 0;
      // In a short name each word says more: "Apache Kafka" is about Kafka more than "Kafka Connect REST API".
      const content = tokens.filter((t) => !ROLE_WORDS.has(t)).length;
      const focus = Math.round(24 / Math.max(1, content));
      for (const token of tokens) {
        add(token, port, field, weight + primary + (ROLE_WORDS.has(token) ? 0 : focus));
        nameTokens.add(token);
      }
      // "ms-sql-s" is also found as "mssql…", "mongo db" as "mongodb".
      if (tokens.length > 1) {
        const compact = tokens.join('');
        add(compact, port, field, weight + primary);
        nameTokens.add(compact);
      }
      return tokens.join(' ');
    };
    const addText = (text: string, port: number, field: Field, weight: number) => {
      for (const token of tokenize(text)) add(token, port, field, weight);
    };
    const vouch = (port: number, name: string) => {
      const names = this.namesByPort.get(port);
      if (names) names.push(name);
      else this.namesByPort.set(port, [name]);
    };
    const own = new Map<number, number>();
    const count = (port: number, end = port) => {
      if (end === port) own.set(port, (own.get(port) ?? 0) + 1);
    };
    for (const s of knowledge.services) count(s.port);
    for (const u of knowledge.unofficial) count(u.port, u.portEnd);

    for (const port of knowledge.namedPorts) {
      for (const a of knowledge.ianaOf(port)) {
        for (const n of a.names) {
          const spaced = addName(n, port, 'iana', NAME);
          // An IANA name counts as a whole-name match only on a port our curated data covers.
          if (own.has(port)) vouch(port, spaced);
        }
        addText(a.description, port, 'description', DESCRIPTION);
      }
    }
    for (const s of knowledge.services) {
      vouch(s.port, addName(s.name, s.port, 'curated', NAME));
      if (s.service) addName(s.service, s.port, 'curated', NAME);
      addText(s.summary, s.port, 'summary', DESCRIPTION);
    }
    for (const u of knowledge.unofficial) {
      const spaced = addName(u.name, u.port, 'curated', USE_WEIGHT[u.confidence]);
      if (u.confidence !== 'rumoured') vouch(u.port, spaced);
      addText(u.summary, u.port, 'summary', DESCRIPTION - 10);
    }
    for (const r of knowledge.ranges) if (r.service) addName(r.service, r.from, 'iana', NAME);
    // Ports with curated facts of their own are the ones people meet; a range entry says little.
    for (const [port, n] of own) this.boost.set(port, 24 + 2 * Math.min(n - 1, 4));
    for (const [token, byPort] of building) this.postings.set(token, [...byPort.values()]);
    this.sorted = [...this.postings.keys()].sort();
    for (const t of nameTokens) {
      const bucket = this.nameTokensByLength.get(t.length);
      if (bucket) bucket.push(t);
      else this.nameTokensByLength.set(t.length, [t]);
    }
  }

  /** Postings of one exact token. */
  exact(token: string): readonly Posting[] {
    return this.postings.get(token) ?? [];
  }

  /** Tokens that start with a prefix (at most `limit`), excluding the prefix itself. */
  withPrefix(prefix: string, limit: number): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && out.length < limit; i++) {
      const t = this.sorted[i] ?? '';
      if (!t.startsWith(prefix)) break;
      if (t !== prefix) out.push(t);
    }
    return out;
  }
}

/** How much one posting is worth: its best name, more when sources agree, plus its descriptions. */
export function postingWeight(p: Posting): number {
  const name = Math.max(p.curated, p.iana) + 0.3 * Math.min(p.curated, p.iana);
  return name + 0.5 * Math.max(p.summary, p.description) + 0.2 * Math.min(p.summary, p.description);
}

/** Edit distance between two strings, or max + 1 once it exceeds max (Damerau: swaps cost 1). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}
