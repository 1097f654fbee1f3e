import { m } from '../../generated/paraglide/messages.js';
import type { Knowledge } from './knowledge.ts';
import { joinSentences, parseQuery } from './query.ts';
import type { ParsedQuery } from './query.ts';
import { TokenIndex, postingWeight, typoKey } from './search-index.ts';

/** One search result: a port page or a range page. */
export type SearchHit =
  | {
      kind: 'port';
      port: number;
      name: string;
      description: string;
      /** Whether the description is curated text (in the page's language) or IANA's English. */
      curated: boolean;
      protocol?: 'tcp' | 'udp';
      score: number;
    }
  | { kind: 'range'; from: number; to: number; title: string };

/** What a search produced, with a message for the user when the query was odd or found nothing. */
export interface SearchOutcome {
  query: ParsedQuery;
  hits: SearchHit[];
  message?: string;
}

/** Searches ports by number, number and protocol, range, name (with prefixes and typos) and description. */
export class PortSearch {
  private readonly index: TokenIndex;

  constructor(private readonly knowledge: Knowledge) {
    this.index = new TokenIndex(knowledge);
  }

  /** Runs one query; never throws. */
  search(raw: string, limit = 20): SearchOutcome {
    const query = parseQuery(raw);
    const note = 'note' in query ? query.note : undefined;
    switch (query.kind) {
      case 'empty':
        return { query, hits: [] };
      case 'invalid':
        return { query, hits: [], message: query.message };
      case 'port':
        return {
          query,
          hits: [this.portHit(query.port, 0, query.protocol)],
          ...(note ? { message: note } : {}),
        };
      case 'range': {
        const inside = Array.from(
          this.knowledge.namedPortsIn(query.from, query.to).subarray(0, limit - 1),
          (p): SearchHit => this.portHit(p, 0),
        );
        const hits: SearchHit[] = [
          {
            kind: 'range',
            from: query.from,
            to: query.to,
            title: m.pg_title_range({ from: query.from, to: query.to }),
          },
          ...inside,
        ];
        return { query, hits, ...(note ? { message: note } : {}) };
      }
      case 'text': {
        const hits = this.textHits(query.terms, limit).map(([port, score]) =>
          this.portHit(port, score, query.protocol),
        );
        const none =
          hits.length === 0 ? m.pg_search_no_match({ terms: query.terms.join(' ') }) : undefined;
        const message = joinSentences([none, note]);
        return { query, hits, ...(message ? { message } : {}) };
      }
    }
  }

  private portHit(port: number, score: number, protocol?: 'tcp' | 'udp'): SearchHit {
    const { text, curated } = this.knowledge.description(port);
    return {
      kind: 'port',
      port,
      name: this.knowledge.nameOf(port),
      description: text,
      curated,
      ...(protocol ? { protocol } : {}),
      score,
    };
  }

  /** Scores every port against every term; all terms must match, else the best partial matches are kept. */
  private textHits(terms: string[], limit: number): [number, number][] {
    const total = new Map<number, { score: number; matched: number }>();
    for (const term of terms) {
      for (const [port, score] of this.aliasedTermScores(term)) {
        const entry = total.get(port);
        if (entry) {
          entry.score += score;
          entry.matched++;
        } else total.set(port, { score, matched: 1 });
      }
    }
    // "mongo db" also matches the single name "mongodb": such a port counts as matching every term.
    if (terms.length > 1) {
      for (const [port, score] of this.termScores(terms.join(''))) {
        const entry = total.get(port);
        const joined = { score: score * terms.length, matched: terms.length };
        if (!entry || entry.matched < terms.length || entry.score < joined.score)
          total.set(port, joined);
      }
    }
    const all = [...total].filter(([, e]) => e.matched >= terms.length);
    const chosen = all.length > 0 ? all : [...total];
    const phrase = terms.join(' ');
    const aliased = terms.map((t) => this.knowledge.wordAliases.get(t) ?? t).join(' ');
    return chosen
      .map(([port, e]): [number, number] => [
        port,
        e.score +
          Math.min(e.matched, terms.length) * 50 +
          (this.index.boost.get(port) ?? 0) +
          Math.max(this.nameBonus(port, phrase), this.nameBonus(port, aliased)),
      ])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit);
  }

  /** A port whose whole name is the query ranks above ports that merely contain its words. */
  private nameBonus(port: number, phrase: string): number {
    const sources = this.index.namesByPort.get(port)?.get(phrase) ?? 0;
    return (sources & 1 ? 80 : 0) + (sources & 2 ? 20 : 0);
  }

  /** termScores of a term and, for a word alias ("k8s"), of the word it stands for ("kubernetes"). */
  private aliasedTermScores(term: string): Map<number, number> {
    const scores = this.termScores(term);
    const means = this.knowledge.wordAliases.get(term);
    if (means === undefined) return scores;
    for (const [port, score] of this.termScores(means))
      if (score > (scores.get(port) ?? 0)) scores.set(port, score);
    return scores;
  }

  /** Per port, its best match of one term: exact, then by prefix, then (if nothing else) by typo. */
  private termScores(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    const credit = (token: string, factor: number) => {
      for (const p of this.index.exact(token)) {
        const s = postingWeight(p) * factor;
        if (s > (scores.get(p.port) ?? 0)) scores.set(p.port, s);
      }
    };
    credit(term, 1);
    if (term.length >= 2) {
      const prefixed = this.index.withPrefix(term, 60);
      for (const token of prefixed)
        credit(token, 0.6 - Math.min(0.3, (token.length - term.length) * 0.02));
    }
    if (scores.size === 0 && term.length >= 4) {
      const max = term.length >= 8 ? 2 : 1;
      // Words that start like the term or like its second letter (a swapped or stray first letter).
      const firsts = new Set([term[0] ?? '', term[1] ?? '']);
      for (let len = term.length - max; len <= term.length + max; len++) {
        const buckets = [...firsts].map((f) => this.index.typoBuckets.get(typoKey(len, f)));
        for (const token of buckets.flatMap((b) => b ?? [])) {
          if (bagDistance(term, token) > max) continue;
          const d = boundedDistance(term, token, max);
          if (d <= max) credit(token, 0.5 - 0.1 * d);
        }
      }
    }
    return scores;
  }
}

const bag = new Int32Array(128);

/** A cheap lower bound of the edit distance: letters one string has and the other lacks. */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++)
    bag[a.charCodeAt(i) & 127] = (bag[a.charCodeAt(i) & 127] ?? 0) + 1;
  for (let i = 0; i < b.length; i++)
    bag[b.charCodeAt(i) & 127] = (bag[b.charCodeAt(i) & 127] ?? 0) - 1;
  let extra = 0;
  let missing = 0;
  for (const s of [a, b]) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i) & 127;
      const v = bag[c] ?? 0;
      if (v > 0) extra += v;
      else missing -= v;
      bag[c] = 0;
    }
  }
  return Math.max(extra, missing);
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
