/** Socket states: one spelling for every tool, and what counts as listening. */
import type { SocketRow } from './types.ts';

const ALIASES: Readonly<Record<string, string>> = {
  ESTAB: 'ESTABLISHED',
  LISTENING: 'LISTEN',
  TIMEWAIT: 'TIME_WAIT',
  CLOSEWAIT: 'CLOSE_WAIT',
  SYNSENT: 'SYN_SENT',
  SYNRECEIVED: 'SYN_RECV',
  SYN_RECEIVED: 'SYN_RECV',
  FINWAIT1: 'FIN_WAIT1',
  FINWAIT2: 'FIN_WAIT2',
  FIN_WAIT_1: 'FIN_WAIT1',
  FIN_WAIT_2: 'FIN_WAIT2',
  LASTACK: 'LAST_ACK',
  DELETETCB: 'DELETE_TCB',
  // Windows prints its states translated (German, Spanish, Portuguese, French, Italian …). A TCP
  // row with foreign port 0 is read as listening whatever its word; these keep connections apart.
  ABHÖREN: 'LISTEN',
  HERGESTELLT: 'ESTABLISHED',
  WARTEND: 'TIME_WAIT',
  SCHLIESSEN_WARTEN: 'CLOSE_WAIT',
  ESCUCHANDO: 'LISTEN',
  ESTABLECIDO: 'ESTABLISHED',
  ESTABLECIDA: 'ESTABLISHED',
  OUVINDO: 'LISTEN',
  ESTABELECIDA: 'ESTABLISHED',
  ÉCOUTE: 'LISTEN',
  ÉTABLIE: 'ESTABLISHED',
  IN_ASCOLTO: 'LISTEN',
  STABILITA: 'ESTABLISHED',
};

/** Normalises a state word (ss ESTAB, Windows LISTENING, PowerShell TimeWait …) to upper case. */
export function normaliseState(word: string): string {
  const known = seen.get(word);
  if (known !== undefined) return known;
  const upper = word.toUpperCase().replaceAll('-', '_');
  const state = ALIASES[upper] ?? upper;
  if (seen.size < 256) seen.set(word, state);
  return state;
}

// State words repeat on every row of a long listing, so each is normalised once.
const seen = new Map<string, string>();

const IDLE_UDP_STATES = new Set(['UNCONN', 'LISTEN', 'BOUND', 'IDLE', 'OPEN']);

/** Whether a row is a listener: a TCP socket in LISTEN, or a bound UDP socket with no peer. */
export function isListeningRow(row: SocketRow): boolean {
  if (row.protocol === 'tcp') return row.state === 'LISTEN';
  const unconnected = row.remotePort === undefined || row.remotePort === 0;
  return unconnected && (row.state === undefined || IDLE_UDP_STATES.has(row.state));
}

/** Whether a row is a socket waiting to be freed, which no process owns any more. */
export function isLingering(row: SocketRow): boolean {
  return row.state === 'TIME_WAIT' || row.state === 'CLOSED';
}
