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
  // Windows prints some of its states translated. A TCP row with foreign port 0 is read as
  // listening whatever its word; these keep connections apart. German is seen in real output
  // (https://pastebin.com/kDSmMTcd, https://pastebin.com/qMM7qzBR, Checkmk's
  // cmk/base/legacy_checks/win_netstat.py); its console writes Ö as code page 850's byte 0x99,
  // which a paste can turn into ™, or drop. Chinese, French and Portuguese Windows print the
  // English words (see tests/unit/core/output/localized.test.ts). The Spanish, French, Italian
  // and Portuguese words below come from earlier work and are not confirmed by a sourced sample.
  ABHÖREN: 'LISTEN',
  'ABH™REN': 'LISTEN',
  ABHREN: 'LISTEN',
  HERGESTELLT: 'ESTABLISHED',
  WARTEND: 'TIME_WAIT',
  SCHLIESSEN_WARTEN: 'CLOSE_WAIT',
  SYN_GESENDET: 'SYN_SENT',
  ESCUCHANDO: 'LISTEN',
  ESTABLECIDO: 'ESTABLISHED',
  ESTABLECIDA: 'ESTABLISHED',
  OUVINDO: 'LISTEN',
  ESTABELECIDA: 'ESTABLISHED',
  ÉCOUTE: 'LISTEN',
  ÉTABLIE: 'ESTABLISHED',
  IN_ASCOLTO: 'LISTEN',
  STABILITA: 'ESTABLISHED',
  // Linux net-tools netstat translates its state words through gettext (po/de.po, po/fr.po,
  // po/pt_BR.po, po/ja.po of https://github.com/ecki/net-tools; checked in net-tools 2.10's .mo
  // files on Debian 12). Only German, Portuguese and the UNKNOWN word in French and Japanese
  // differ from English; the others keep LISTEN, TIME_WAIT … (ESTABELECIDA is above).
  VERBUNDEN: 'ESTABLISHED',
  UNBEKANNT: 'UNKNOWN',
  INCONNU: 'UNKNOWN',
  不明: 'UNKNOWN',
  OUÇA: 'LISTEN',
  SYN_ENVIADO: 'SYN_SENT',
  SYN_RECEBIDO: 'SYN_RECV',
  ESPERA_FIN1: 'FIN_WAIT1',
  ESPERA_FIN2: 'FIN_WAIT2',
  FECHAR: 'CLOSE',
  ESPERANDO_FECHAR: 'CLOSE_WAIT',
  ÚLTIMO_ACK: 'LAST_ACK',
  FECHANDO: 'CLOSING',
  DESCONHECIDA: 'UNKNOWN',
};

/** The state words net-tools netstat prints under a translated locale, as they appear in a row. */
export const NETSTAT_TRANSLATED_STATES: ReadonlySet<string> = new Set([
  'VERBUNDEN',
  'UNBEKANNT',
  'INCONNU',
  '不明',
  'OUÇA',
  'ESTABELECIDA',
  'SYN_ENVIADO',
  'SYN_RECEBIDO',
  'ESPERA_FIN1',
  'ESPERA_FIN2',
  'FECHAR',
  'ESPERANDO_FECHAR',
  'ÚLTIMO_ACK',
  'FECHANDO',
  'DESCONHECIDA',
]);

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
