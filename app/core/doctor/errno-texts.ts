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
 * in the error table's sources (German, French, Spanish, Chinese, Japanese, Korean).
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
  // glibc translations of “Address already in use”.
  { name: 'EADDRINUSE', pattern: /Adresse d.j. utilis/i, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /Adresse wird bereits verwendet/i, platforms: ANY },
  { name: 'EADDRINUSE', pattern: /地址已在使用/, platforms: ANY },

  // EACCES: only next to bind or listen, since “Permission denied” is also a file error.
  {
    name: 'EACCES',
    pattern: /\b(?:bind|listen)\b[^\n]{0,80}?\bpermission denied/i,
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

  // ECONNREFUSED
  { name: 'ECONNREFUSED', pattern: /\bconnection refused\b/i, platforms: ANY },
  { name: 'ECONNREFUSED', pattern: /target machine actively refused/i, platforms: WINDOWS },
  { name: 'ECONNREFUSED', pattern: /由于目标计算机积极拒绝/, platforms: WINDOWS },
  {
    name: 'ECONNREFUSED',
    pattern: /el equipo de destino deneg/i,
    platforms: WINDOWS,
  },

  // ETIMEDOUT: glibc “Connection timed out”, BSD “Operation timed out”.
  { name: 'ETIMEDOUT', pattern: /\bconnection timed out\b/i, platforms: ANY },
  { name: 'ETIMEDOUT', pattern: /\boperation timed out\b/i, platforms: BSD },
  {
    name: 'ETIMEDOUT',
    pattern: /connected party did not properly respond after a period of time/i,
    platforms: WINDOWS,
  },

  // EHOSTUNREACH and ENETUNREACH
  { name: 'EHOSTUNREACH', pattern: /\bno route to host\b/i, platforms: ANY },
  { name: 'EHOSTUNREACH', pattern: /\bhost is unreachable\b/i, platforms: ANY },
  {
    name: 'EHOSTUNREACH',
    pattern: /socket operation was attempted to an unreachable host/i,
    platforms: WINDOWS,
  },
  { name: 'ENETUNREACH', pattern: /\bnetwork is unreachable\b/i, platforms: ANY },
  {
    name: 'ENETUNREACH',
    pattern: /socket operation was attempted to an unreachable network/i,
    platforms: WINDOWS,
  },
];
