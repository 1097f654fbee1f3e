import type { Knowledge } from './knowledge.ts';
import type { Confidence, UnofficialUse } from './types.ts';

/** How strongly one token ties to one port, per kind of source (the best entry of each kind). */
export interface Posting {
  port: number;
  /** Best curated name (a service or an unofficial use). */
  curated: number;
  /** Best IANA name: a service name, a range name, or the IANA service a curated entry stands for. */
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
/** The lead curated entry of a port counts more than its other entries. */
const LEAD = 10;
/**
 * A display name (and another name of the same software) is what people call the port, so it
 * outweighs the port's lead entry and the entries of ports that merely share a word with it:
 * "kubernetes" is 6443's Kubernetes API server before 443's managed clusters.
 */
const DISPLAY = NAME + LEAD + 20;
/** Extra weight of a port our curated data covers with an entry of its own. */
const BOOST = 24;
/** Extra weight of a port the home page lists as popular: "vite" is 5173 before `vite preview`'s 4173. */
const HOME_PAGE = 12;
/** Extra weight per doubling of the entries a port has on its busiest transport. */
const POPULAR = 10;
/** Extra weight of the word a name ends on (its head). */
const HEAD = 8;
/** Extra weight shared by the words of a name: fewer words, more each. */
const FOCUS = 24;
const USE_WEIGHT: Record<Confidence, number> = {
  documented: 90,
  'widely-reported': 80,
  rumoured: 60,
};
/** Words that say what role a port plays, not what it is: they do not dilute a name's focus. */
const ROLE_WORDS = new Set([
  ...['server', 'client', 'port', 'ports', 'service', 'services', 'daemon'],
  ...['api', 'rest', 'ui'],
]);

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
  /** Name tokens bucketed by length and first letter (see typoKey), for typo-tolerant matching. */
  readonly typoBuckets = new Map<string, string[]>();
  /** Extra weight for ports with curated facts of their own and for the home page's popular ports. */
  readonly boost = new Map<number, number>();
  /** Whole names (lower case, separators as spaces) → sources (1 curated, 2 IANA on a curated port). */
  readonly namesByPort = new Map<number, Map<string, number>>();

  constructor(knowledge: Knowledge) {
    const nameTokens = new Set<string>();
    const building = new Map<string, Map<number, Posting>>();
    const add = (token: string, port: number, field: Field, weight: number) => {
      let byPort = building.get(token);
      if (!byPort) building.set(token, (byPort = new Map()));
      let posting = byPort.get(port);
      if (!posting)
        byPort.set(port, (posting = { port, curated: 0, iana: 0, summary: 0, description: 0 }));
      posting[field] = Math.max(posting[field], weight);
    };
    const addName = (text: string, port: number, field: Field, weight: number) => {
      const tokens = tokenize(text);
      // An aside in parentheses ("IRC (assigned port)") neither dilutes nor carries the name.
      const outside = tokenize(text.replace(/\([^)]*\)/g, ' '));
      const content = outside.filter((t) => !ROLE_WORDS.has(t) && !/^\d+$/.test(t));
      // In a short name each word says more: "Apache Kafka" is about Kafka more than "Kafka Connect REST API".
      const focus = Math.round(FOCUS / Math.max(1, content.length));
      // The last word is what the thing is: "SQL Server Browser" is a browser, "Microsoft SQL Server" SQL.
      const head = content[content.length - 1];
      for (const token of tokens) {
        const bonus = content.includes(token) ? focus + (token === head ? HEAD : 0) : 0;
        add(token, port, field, weight + bonus);
        nameTokens.add(token);
      }
      // "ms-sql-s" is also found as "mssql…", "mongo db" as "mongodb": the whole name as one word.
      if (tokens.length > 1) {
        const compact = tokens.join('');
        add(compact, port, field, weight + FOCUS + HEAD);
        nameTokens.add(compact);
      }
      return [tokens.join(' '), outside.join(' ')];
    };
    const addText = (text: string, port: number, field: Field, weight: number) => {
      for (const token of tokenize(text)) add(token, port, field, weight);
    };
    const vouch = (port: number, spaced: string[], source: 1 | 2) => {
      let names = this.namesByPort.get(port);
      if (!names) this.namesByPort.set(port, (names = new Map()));
      for (const name of spaced) names.set(name, (names.get(name) ?? 0) | source);
    };
    // Curated entries of each port's own (not of a range), counted per transport.
    const own = new Map<number, Map<string, number>>();
    const count = (port: number, protocols: string[], end = port) => {
      if (end !== port) return;
      let perTransport = own.get(port);
      if (!perTransport) own.set(port, (perTransport = new Map()));
      for (const t of protocols) perTransport.set(t, (perTransport.get(t) ?? 0) + 1);
    };
    for (const s of knowledge.services) count(s.port, s.protocols);
    for (const u of knowledge.unofficial) count(u.port, u.protocols, u.portEnd);

    for (const port of knowledge.namedPorts) {
      for (const a of knowledge.ianaOf(port)) {
        for (const n of a.names) {
          const spaced = addName(n, port, 'iana', NAME);
          // An IANA name counts as a whole-name match only on a port our curated data covers.
          if (own.has(port)) vouch(port, spaced, 2);
        }
        addText(a.description, port, 'description', DESCRIPTION);
      }
    }
    // The lead entry of a port (its primary service, else its surest use) says what the port is;
    // further entries ("Kubernetes API server" on 443) say what else it may be.
    const lead = leadUses(knowledge);
    for (const s of knowledge.services) {
      const weight = s.name === knowledge.primaryServiceOf(s.port)?.name ? NAME + LEAD : NAME - 20;
      vouch(s.port, addName(s.name, s.port, 'curated', weight), 1);
      // The IANA service a curated entry stands for is one more IANA name of the port.
      if (s.service) vouch(s.port, addName(s.service, s.port, 'iana', NAME), 2);
      addText(s.summary, s.port, 'summary', DESCRIPTION);
    }
    for (const u of knowledge.unofficial) {
      const weight = USE_WEIGHT[u.confidence] + (lead.get(u.port) === u ? LEAD : 0);
      const spaced = addName(u.name, u.port, 'curated', weight);
      if (u.confidence !== 'rumoured') vouch(u.port, spaced, 1);
      addText(u.summary, u.port, 'summary', DESCRIPTION - 10);
    }
    for (const d of knowledge.display.values())
      vouch(d.port, addName(d.name, d.port, 'curated', DISPLAY), 1);
    for (const a of knowledge.portAliases)
      vouch(a.port, addName(a.name, a.port, 'curated', DISPLAY), 1);
    // Range names are curated back from IANA's registry (the package drops them).
    for (const r of knowledge.ranges)
      if (r.service) vouch(r.from, addName(r.service, r.from, 'iana', NAME), 1);
    // Ports with curated entries of their own are the ones people meet, more so with many entries
    // on one transport (SQL Server's TCP admin and UDP browser on 1434 are one service's two faces).
    for (const [port, perTransport] of own) {
      const n = Math.max(1, ...perTransport.values());
      this.boost.set(port, BOOST + POPULAR * Math.log2(n));
    }
    for (const port of knowledge.popular)
      this.boost.set(port, (this.boost.get(port) ?? 0) + HOME_PAGE);
    for (const [token, byPort] of building) this.postings.set(token, [...byPort.values()]);
    this.sorted = [...this.postings.keys()].sort();
    for (const t of nameTokens) {
      const key = typoKey(t.length, t[0] ?? '');
      const bucket = this.typoBuckets.get(key);
      if (bucket) bucket.push(t);
      else this.typoBuckets.set(key, [t]);
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

const CONFIDENCE_ORDER: Confidence[] = ['documented', 'widely-reported', 'rumoured'];

/** The surest use of each port that has uses of its own but no curated service. */
function leadUses(knowledge: Knowledge): Map<number, UnofficialUse> {
  const withService = new Set(knowledge.services.map((s) => s.port));
  const rank = (u: UnofficialUse) =>
    CONFIDENCE_ORDER.indexOf(u.confidence) * 1000 - u.protocols.length * 100 + u.name.length;
  const lead = new Map<number, UnofficialUse>();
  for (const u of knowledge.unofficial) {
    if ((u.portEnd ?? u.port) !== u.port || withService.has(u.port)) continue;
    const best = lead.get(u.port);
    if (!best || rank(u) < rank(best)) lead.set(u.port, u);
  }
  return lead;
}

/** Bucket of name tokens with a length and a first letter: typos rarely hit the first letter. */
export function typoKey(length: number, first: string): string {
  return `${length}:${first}`;
}

/** How much one posting is worth: its best name, more when sources agree, plus its descriptions. */
export function postingWeight(p: Posting): number {
  const name = Math.max(p.curated, p.iana) + 0.1 * Math.min(p.curated, p.iana);
  return name + 0.5 * Math.max(p.summary, p.description) + 0.2 * Math.min(p.summary, p.description);
}
