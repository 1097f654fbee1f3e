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

  constructor(knowledge: Knowledge) {
    const nameTokens = new Set<string>();
    const add = (token: string, port: number, weight: number) => {
      const list = this.postings.get(token);
      const last = list?.[list.length - 1];
      if (last && last.port === port) last.weight = Math.max(last.weight, weight);
      else if (list) list.push({ port, weight });
      else this.postings.set(token, [{ port, weight }]);
    };
    const addText = (text: string, port: number, weight: number, isName: boolean) => {
      for (const token of tokenize(text)) {
        add(token, port, weight);
        if (isName) nameTokens.add(token);
      }
      if (isName && /[-_.]/.test(text)) add(text.toLowerCase(), port, weight);
    };
    for (const port of knowledge.namedPorts) {
      for (const a of knowledge.ianaOf(port)) {
        for (const n of a.names) addText(n, port, NAME, true);
        addText(a.description, port, DESCRIPTION, false);
      }
    }
    for (const s of knowledge.services) {
      addText(s.name, s.port, NAME, true);
      addText(s.summary, s.port, DESCRIPTION, false);
      this.boost.set(s.port, 30);
    }
    for (const u of knowledge.unofficial) {
      addText(u.name, u.port, NAME - 10, true);
      addText(u.summary, u.port, DESCRIPTION - 10, false);
      this.boost.set(
        u.port,
        Math.max(this.boost.get(u.port) ?? 0, u.confidence === 'rumoured' ? 0 : 15),
      );
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
