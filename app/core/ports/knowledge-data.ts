/** Shape of app/generated/knowledge.json, written by scripts/lib/knowledge.js. */
export interface KnowledgeData {
  v: 2;
  portNumbersVersion: string;
  ianaSource: string;
  iana: {
    /** Port of each record as the difference from the previous record's port. */
    portDelta: number[];
    /** One letter per record (iana-columns.js: own slot, twin of the previous record, or reserved). */
    transport: string;
    /** Names and descriptions of the records that have a slot, in order (a description may be a mark). */
    name: string[];
    description: string[];
  };
  /** "port/transport" → every IANA service name, registry order. */
  aliases: Record<string, string[]>;
  /** "port/transport" → RFC references. */
  references: Record<string, string[]>;
  /** [from, to, transport or '', service, description, references]. */
  ranges: [number, number, string, string, string, string[]][];
  /** [port, protocol letters, name, IANA service, summary, category, source URL, source title]. */
  services: [number, string, string, string, string, string, string, string][];
  /** [port, portEnd, protocol letters, name, summary, confidence, category, source URL, source title]. */
  unofficial: [number, number, string, string, string, string, string, string, string][];
  /** [port, portEnd, protocol letters, title, note, severity, source URL, source title]. */
  security: [number, number, string, string, string, string, string, string][];
  /** [port, display name, source URL, source title], by port: the curated name a heading shows. */
  display: [number, string, string, string][];
  /** [alias, word]: a search word people type for a word of the names ("k8s" for "kubernetes"). */
  wordAliases: [string, string][];
  /** [port, name]: one more name of a port's software, for search ("kube-apiserver" on 6443). */
  portAliases: [number, string][];
  /** The ports the home page lists as popular. */
  popular: number[];
  blocked: { ports: number[]; source: string; title: string };
}
