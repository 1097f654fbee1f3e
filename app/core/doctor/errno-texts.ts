/**
 * The messages systems print for the socket errors (strerror, Winsock's FormatMessage, libuv), as
 * patterns. They are facts (error strings), matched when no code is written. Each pattern stops
 * before accented letters, because pasted Windows consoles often mangle them (“r�seau”).
 */
import type { PlatformId } from '../platform/platform-ids.ts';
import type { ErrnoName } from './types.ts';

/** One system message for an error, and the systems whose message it is (empty: several). */
export interface ErrnoText {
  name: ErrnoName;
  pattern: RegExp;
  platforms: readonly PlatformId[];
}

const ANY: readonly PlatformId[] = [];
const WINDOWS: readonly PlatformId[] = ['windows'];
const BSD: readonly PlatformId[] = ['macos', 'freebsd'];

/**
 * Sources: glibc and BSD strerror (errno(3), intro(2)); libuv's uv_strerror table; the Winsock
 * messages of “Windows Sockets Error Codes” and their localized FormatMessage texts as they appear
 * in the error table's sources (German, French, Spanish, Chinese, Japanese, Korean). glibc's own
 * translations (de, fr, es, pt_BR, ja, zh_CN) are the msgstr of its po files, checked against the
 * libc.mo files of glibc 2.36 (Debian 12 libc-l10n); the po files are at
 * https://sourceware.org/git/?p=glibc.git;a=tree;f=po;hb=glibc-2.36. A `.{1,2}` stands where an
 * accented letter is, which a console may print as one wrong character or as two (UTF-8 read as
 * Latin-1).
 */
export const ERRNO_TEXTS: readonly ErrnoText[] = [
  // EADDRINUSE: glibc/BSD/libuv “Address already in use”, Go and Ruby the same words.
  { name: 'EADDRINUSE', pattern: /\baddress (?:already )?in use\b/i, platforms: ANY },
  {
    name: 'EADDRINUSE',
    pattern: /only one usage of each socket address/i,
    platforms: WINDOWS,
  },
  { name: 'EADDRINUSE', pattern: /Normalerweise darf jede Socketadresse/i, platforms: WINDOWS },
  {
    name: 'EADDRINUSE',
    pattern: /Une seule utilisation de chaque adresse de socket/i,
    platforms: WINDOWS,
  },
  { name: 'EADDRINUSE', pattern: /Solo se permite un uso de cada direcci/i, platforms: WINDOWS },
  { name: 'EADDRINUSE', pattern: /通常每个套接字地址/, platforms: WINDOWS },
  { name: 'EADDRINUSE', pattern: /通常、各ソケット\s?アドレス/, platforms: WINDOWS },
  { name: 'EADDRINUSE', pattern: /각 소켓 주소/, platforms: WINDOWS },
  // glibc translations of “Address already in use” (fr, de, es, pt_BR, ja, zh_CN).
  { name: 'EADDRINUSE', pattern: /Adresse d.{1,2}j.{1,2} utilis/i, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /Adresse wird bereits verwendet/i, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /La direcci.{1,2}n ya se est.{1,2} usando/i, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /Endere.{1,2}o j.{1,2} em uso/i, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /アドレスは既に使用中です/, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /地址已在使用/, platforms: ANY },

  // EACCES: only next to bind or listen, since “Permission denied” is also a file error.
  {
    name: 'EACCES',
    pattern: /\b(?:bind|listen)\b[^\n]{0,80}?\bpermission denied/i,
    platforms: ANY,
  },
  // glibc's “Permission denied” in de, fr, es, pt_BR, ja, zh_CN, next to bind or listen too.
  {
    name: 'EACCES',
    pattern:
      /\b(?:bind|listen)\b[^\n]{0,80}?(?:Keine Berechtigung|Permission non accord|Permiso denegado|Permiss.{1,2}o negada|許可がありません|权限不够)/i,
    platforms: ANY,
  },
  {
    name: 'EACCES',
    pattern: /access a socket in a way forbidden by its access permissions/i,
    platforms: WINDOWS,
  },
  { name: 'EACCES', pattern: /以一种访问权限不允许的方式/, platforms: WINDOWS },
  {
    name: 'EACCES',
    pattern: /アクセス許可で禁じられた方法でソケットにアクセス/,
    platforms: WINDOWS,
  },
  {
    name: 'EACCES',
    pattern: /Der Zugriff auf einen Socket war aufgrund der Zugriffs/i,
    platforms: WINDOWS,
  },

  // EADDRNOTAVAIL: glibc “Cannot assign…”, BSD “Can't assign…”, libuv “address not available”.
  { name: 'EADDRNOTAVAIL', pattern: /\bcannot assign requested address/i, platforms: ANY },
  { name: 'EADDRNOTAVAIL', pattern: /\bcan't assign requested address/i, platforms: BSD },
  { name: 'EADDRNOTAVAIL', pattern: /\baddress not available\b/i, platforms: ANY },
  {
    name: 'EADDRNOTAVAIL',
    pattern: /requested address is not valid in its context/i,
    platforms: WINDOWS,
  },
  { name: 'EADDRNOTAVAIL', pattern: /在其上下文中[，,]?\s?该请求的地址无效/, platforms: WINDOWS },
  // glibc translations of “Cannot assign requested address”.
  {
    name: 'EADDRNOTAVAIL',
    pattern: /angeforderte Adresse kann nicht zugewiesen werden/i,
    platforms: ANY,
  },
  { name: 'EADDRNOTAVAIL', pattern: /Ne peut attribuer l.adresse demand/i, platforms: ANY },
  {
    name: 'EADDRNOTAVAIL',
    pattern: /No se puede asignar la direcci.{1,2}n solicitada/i,
    platforms: ANY,
  },
  {
    name: 'EADDRNOTAVAIL',
    pattern: /N.{1,2}o foi poss.{1,2}vel acessar o endere.{1,2}o requisitado/i,
    platforms: ANY,
  },
  { name: 'EADDRNOTAVAIL', pattern: /要求アドレスに割り当てられません/, platforms: ANY },
  { name: 'EADDRNOTAVAIL', pattern: /无法指定被请求的地址/, platforms: ANY },

  // ECONNREFUSED
  { name: 'ECONNREFUSED', pattern: /\bconnection refused\b/i, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /target machine actively refused/i, platforms: WINDOWS },
  { name: 'ECONNREFUSED', pattern: /由于目标(?:计算机|机器)积极拒绝/, platforms: WINDOWS },
  {
    name: 'ECONNREFUSED',
    pattern: /el equipo de destino deneg/i,
    platforms: WINDOWS,
  },
  {
    name: 'ECONNREFUSED',
    pattern: /n.a pu .{1,2}tre .{1,2}tablie car l.ordinateur cible/i,
    platforms: WINDOWS,
  },
  { name: 'ECONNREFUSED', pattern: /Zielcomputer die Verbindung verweigerte/i, platforms: WINDOWS },
  // glibc translations of “Connection refused”.
  { name: 'ECONNREFUSED', pattern: /\bVerbindungsaufbau abgelehnt/i, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /\bConnexion refus/i, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /\bConexi.{1,2}n rehusada/i, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /\bConex.{1,2}o recusada/i, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /接続を拒否されました/, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /拒绝连接/, platforms: ANY },

  // ETIMEDOUT: glibc “Connection timed out”, BSD “Operation timed out”.
  { name: 'ETIMEDOUT', pattern: /\bconnection timed out\b/i, platforms: ANY },
  { name: 'ETIMEDOUT', pattern: /\boperation timed out\b/i, platforms: BSD },
  {
    name: 'ETIMEDOUT',
    pattern: /connected party did not properly respond after a period of time/i,
    platforms: WINDOWS,
  },
  { name: 'ETIMEDOUT', pattern: /由于连接方在一段时间后\s?没有正确答复/, platforms: WINDOWS },
  // glibc translations of “Connection timed out”.
  {
    name: 'ETIMEDOUT',
    pattern: /Wartezeit f.{1,2}r die Verbindung ist abgelaufen/i,
    platforms: ANY,
  },
  {
    name: 'ETIMEDOUT',
    pattern: /Connexion termin.{1,2}e par expiration du d.{1,2}lai/i,
    platforms: ANY,
  },
  { name: 'ETIMEDOUT', pattern: /Expir.{1,2} el tiempo de conexi/i, platforms: ANY },
  { name: 'ETIMEDOUT', pattern: /Tempo esgotado para conex/i, platforms: ANY },
  { name: 'ETIMEDOUT', pattern: /接続がタイムアウトしました/, platforms: ANY },
  { name: 'ETIMEDOUT', pattern: /连接超时/, platforms: ANY },

  // EHOSTUNREACH and ENETUNREACH
  { name: 'EHOSTUNREACH', pattern: /\bno route to host\b/i, platforms: ANY },
  { name: 'EHOSTUNREACH', pattern: /\bhost is unreachable\b/i, platforms: ANY },
  {
    name: 'EHOSTUNREACH',
    pattern: /socket operation was attempted to an unreachable host/i,
    platforms: WINDOWS,
  },
  { name: 'EHOSTUNREACH', pattern: /套接字操作尝试一个无法连接的主机/, platforms: WINDOWS },
  // glibc translations of “No route to host”.
  { name: 'EHOSTUNREACH', pattern: /Keine Route zum Zielrechner/i, platforms: ANY },
  {
    name: 'EHOSTUNREACH',
    pattern: /Aucun chemin d.acc.{1,2}s pour atteindre l.h/i,
    platforms: ANY,
  },
  { name: 'EHOSTUNREACH', pattern: /No existe ninguna ruta hasta el .?host/i, platforms: ANY },
  { name: 'EHOSTUNREACH', pattern: /N.{1,2}o h.{1,2} rota para o host/i, platforms: ANY },
  { name: 'EHOSTUNREACH', pattern: /ホストへの経路がありません/, platforms: ANY },
  { name: 'EHOSTUNREACH', pattern: /没有到主机的路由/, platforms: ANY },
  { name: 'ENETUNREACH', pattern: /\bnetwork is unreachable\b/i, platforms: ANY },
  {
    name: 'ENETUNREACH',
    pattern: /socket operation was attempted to an unreachable network/i,
    platforms: WINDOWS,
  },
  { name: 'ENETUNREACH', pattern: /向一个无法连接的网络尝试了一个套接字操作/, platforms: WINDOWS },
  // glibc translations of “Network is unreachable”.
  { name: 'ENETUNREACH', pattern: /Das Netzwerk ist nicht erreichbar/i, platforms: ANY },
  { name: 'ENETUNREACH', pattern: /Le r.{1,2}seau n.est pas accessible/i, platforms: ANY },
  { name: 'ENETUNREACH', pattern: /La red es inaccesible/i, platforms: ANY },
  { name: 'ENETUNREACH', pattern: /A rede est.{1,2} fora de alcance/i, platforms: ANY },
  { name: 'ENETUNREACH', pattern: /ネットワークに届きません/, platforms: ANY },
  { name: 'ENETUNREACH', pattern: /网络不可达/, platforms: ANY },
];
