import type { Knowledge } from './knowledge.ts';

/** Where a token was found for a port, and how much that weighs. */
interface Posting {
  port: number;
  weight: number;
}

/** Weights of the fields a token can come from. */
const NAME = 100;
const DESCRIPTION = 30;

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
  /** Extra weight for ports with curated facts, so popular ports rank first. */
  readonly boost = new Map<number, number>();
  /** Every curated name of a port, lower case with separators as spaces, for whole-name matches. */
  readonly namesByPort = new Map<number, string[]>();

  constructor(knowledge: Knowledge) {
    const nameTokens = new Set<string>();
    const add = (token: string, port: number, weight: number) => {
      const list = this.postings.get(token);
      const last = list?.[list.length - 1];
      if (last && last.port === port) last.weight = Math.max(last.weight, weight);
      else if (list) list.push({ port, weight });
      else this.postings.set(token, [{ port, weight }]);
    };
    const addText = (
      text: string,
      port: number,
      weight: number,
      isName: boolean,
      curated = false,
    ) => {
      const tokens = tokenize(text);
      // In a short name each word says more: "Apache Kafka" is about Kafka more than "Kafka Connect REST API".
      const focus = isName ? Math.round(24 / tokens.length) : 0;
      for (const token of tokens) {
        add(token, port, weight + focus);
        if (isName) nameTokens.add(token);
      }
      if (!isName) return;
      if (curated) {
        const names = this.namesByPort.get(port);
        const spaced = tokens.join(' ');
        if (names) names.push(spaced);
        else this.namesByPort.set(port, [spaced]);
      }
      // "ms-sql-s" is also found as "mssql…", "mongo db" as "mongodb".
      if (tokens.length > 1) {
        const compact = tokens.join('');
        add(compact, port, weight);
        nameTokens.add(compact);
      }
    };
    for (const port of knowledge.namedPorts) {
      for (const a of knowledge.ianaOf(port)) {
        for (const n of a.names) addText(n, port, NAME, true);
        addText(a.description, port, DESCRIPTION, false);
      }
    }
    for (const s of knowledge.services) {
      addText(s.name, s.port, NAME, true, true);
      addText(s.summary, s.port, DESCRIPTION, false);
    }
    for (const u of knowledge.unofficial) {
      addText(u.name, u.port, NAME - 10, true, true);
      addText(u.summary, u.port, DESCRIPTION - 10, false);
    }
    // Ports with more curated facts are the ones people meet more often; ties go to them.
    for (const port of knowledge.namedPorts) {
      const weight = knowledge.curatedWeight(port);
      if (weight > 0) this.boost.set(port, Math.min(40, 20 + 4 * weight));
    }
    for (const r of knowledge.ranges) if (r.service) addText(r.service, r.from, NAME, true);
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
