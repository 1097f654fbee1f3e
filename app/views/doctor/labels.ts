/** The doctor page's own words for the codes a diagnosis carries (the advice itself is core's). */
import type {
  Confidence,
  DoctorCause,
  DoctorSource,
  EvidenceKind,
} from '../../core/doctor/index.ts';
import type { Intent } from '../../core/commands/index.ts';

/** The program that printed the error, as people call it. */
export const SOURCE_NAMES: Record<DoctorSource, string> = {
  node: 'Node.js',
  python: 'Python',
  flask: 'Flask (Python)',
  java: 'Java',
  'spring-boot': 'Spring Boot (Java)',
  go: 'Go',
  dotnet: '.NET',
  'dotnet-kestrel': '.NET (Kestrel)',
  ruby: 'Ruby',
  php: "PHP's built-in server",
  vite: 'Vite',
  'webpack-dev-server': 'webpack-dev-server',
  nginx: 'nginx',
  apache: 'Apache httpd',
  postgresql: 'PostgreSQL',
  redis: 'Redis',
  mysql: 'MySQL',
  docker: 'Docker',
  kubectl: 'kubectl',
  curl: 'curl',
  ssh: 'ssh',
  windows: 'Windows',
};

/** What each piece of evidence is, for the list of what was read. */
export const EVIDENCE_NAMES: Record<EvidenceKind, string> = {
  'errno-name': 'Error code',
  'errno-number': 'Error number',
  'errno-message': "The system's message",
  'tool-message': "The program's message",
  source: 'Program',
  endpoint: 'Address and port',
  protocol: 'Protocol',
  platform: 'Operating system',
  'platform-hint': 'Hint of the operating system',
};

/** How sure the doctor is, and why. */
export const CONFIDENCE_NAMES: Record<Confidence, string> = {
  high: 'Sure: the text carries an error code',
  medium: "Fairly sure: the text carries a program's message",
  low: 'Not sure: only hints',
};

/** The heading over each kind of command, with the port filled in. */
export function commandHeading(intent: Intent, cause: DoctorCause, port: number | null): string {
  const which = port === null ? 'the port' : `port ${port}`;
  switch (intent) {
    case 'listener':
      return cause === 'refused'
        ? `Is anything listening on ${which}? Run this on the server`
        : `Which program holds ${which}`;
    case 'excluded-ranges':
      return 'Port ranges Windows has reserved';
    case 'reachable':
      return `Does ${which} answer? Check from the machine that failed`;
    default:
      return 'Commands';
  }
}
