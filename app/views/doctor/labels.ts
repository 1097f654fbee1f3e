/**
 * The doctor page's own words for the codes a diagnosis carries (the advice itself is core's).
 * Each word is a message read when it is looked up, never at load time: the prerenderer renders
 * several languages in one process, so the page's language at that moment decides.
 */
import type {
  Confidence,
  DoctorCause,
  DoctorSource,
  EvidenceKind,
} from '../../core/doctor/index.ts';
import type { Intent } from '../../core/commands/index.ts';
import { m } from '../../generated/paraglide/messages.js';

/** A record whose values are read (from getters) each time they are looked up. */
function lookedUp<K extends string>(words: Record<K, () => string>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(words) as K[]) {
    Object.defineProperty(record, key, { enumerable: true, get: words[key] });
  }
  return record;
}

/** The program that printed the error, as people call it (product names stay as they are). */
export const SOURCE_NAMES: Readonly<Record<DoctorSource, string>> = lookedUp({
  node: () => 'Node.js',
  python: () => 'Python',
  flask: () => 'Flask (Python)',
  java: () => 'Java',
  'spring-boot': () => 'Spring Boot (Java)',
  go: () => 'Go',
  dotnet: () => '.NET',
  'dotnet-kestrel': () => '.NET (Kestrel)',
  ruby: () => 'Ruby',
  php: () => m.doc_source_php(),
  vite: () => 'Vite',
  'webpack-dev-server': () => 'webpack-dev-server',
  nginx: () => 'nginx',
  apache: () => 'Apache httpd',
  postgresql: () => 'PostgreSQL',
  redis: () => 'Redis',
  mysql: () => 'MySQL',
  docker: () => 'Docker',
  kubectl: () => 'kubectl',
  curl: () => 'curl',
  ssh: () => 'ssh',
  windows: () => 'Windows',
});

/** What each piece of evidence is, for the list of what was read. */
export const EVIDENCE_NAMES: Readonly<Record<EvidenceKind, string>> = lookedUp({
  'errno-name': () => m.doc_evidence_errno_name(),
  'errno-number': () => m.doc_evidence_errno_number(),
  'errno-message': () => m.doc_evidence_errno_message(),
  'tool-message': () => m.doc_evidence_tool_message(),
  source: () => m.doc_evidence_source(),
  endpoint: () => m.doc_evidence_endpoint(),
  protocol: () => m.doc_evidence_protocol(),
  platform: () => m.doc_evidence_platform(),
  'platform-hint': () => m.doc_evidence_platform_hint(),
});

/** How sure the doctor is, and why. */
export const CONFIDENCE_NAMES: Readonly<Record<Confidence, string>> = lookedUp({
  high: () => m.doc_confidence_high(),
  medium: () => m.doc_confidence_medium(),
  low: () => m.doc_confidence_low(),
});

/** The heading over each kind of command, with the port filled in. */
export function commandHeading(intent: Intent, cause: DoctorCause, port: number | null): string {
  switch (intent) {
    case 'listener':
      if (cause === 'refused') {
        return port === null ? m.doc_heading_refused_no_port() : m.doc_heading_refused({ port });
      }
      return port === null ? m.doc_heading_listener_no_port() : m.doc_heading_listener({ port });
    case 'excluded-ranges':
      return m.doc_heading_excluded_ranges();
    case 'reachable':
      return port === null ? m.doc_heading_reachable_no_port() : m.doc_heading_reachable({ port });
    default:
      return m.doc_heading_commands();
  }
}
