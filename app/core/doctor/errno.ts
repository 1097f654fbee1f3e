/**
 * The socket error codes the doctor reads, with their numbers on each system. Every number is a
 * fact from a source named in `ERRNO_SOURCES`; the words people see are in advice-text.ts.
 */
import type { PlatformId } from '../platform/platform-ids.ts';
import type { DoctorCause, ErrnoName } from './types.ts';

/** A document that lists error numbers, cited beside the table that uses it. */
export interface ErrnoSource {
  url: string;
  title: string;
}

/** Where the numbers in `ERRNO_FACTS` come from. */
export const ERRNO_SOURCES = {
  linux: {
    url: 'https://github.com/torvalds/linux/blob/master/include/uapi/asm-generic/errno.h',
    title: 'Linux include/uapi/asm-generic/errno.h (errno(3) lists the names)',
  },
  linuxMan: {
    url: 'https://man7.org/linux/man-pages/man3/errno.3.html',
    title: 'errno(3), Linux manual page',
  },
  macos: {
    url: 'https://github.com/apple-oss-distributions/xnu/blob/main/bsd/sys/errno.h',
    title: 'XNU bsd/sys/errno.h (macOS intro(2))',
  },
  freebsd: {
    url: 'https://man.freebsd.org/cgi/man.cgi?query=intro&sektion=2',
    title: 'intro(2), FreeBSD System Calls Manual',
  },
  windows: {
    url: 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2',
    title: 'Windows Sockets Error Codes, Microsoft Learn',
  },
  libuv: {
    url: 'https://github.com/libuv/libuv/blob/v1.x/include/uv/errno.h',
    title: 'libuv include/uv/errno.h (the negative codes Node.js prints as errno)',
  },
} as const satisfies Record<string, ErrnoSource>;

/** One socket error: its numbers per system and the cause it stands for. */
export interface ErrnoFact {
  name: ErrnoName;
  /** Linux (asm-generic/errno.h). */
  linux: number;
  /** macOS and FreeBSD share the 4.4BSD numbers (xnu errno.h, FreeBSD intro(2)). */
  bsd: number;
  /** The Winsock code, WSAE + name (Windows Sockets Error Codes). */
  windows: number;
  /** libuv's code on Windows, where Node.js cannot use the C library's numbers (uv/errno.h). */
  libuvWindows: number;
  /** What the doctor concludes before looking at the port (EACCES is refined by port and system). */
  cause: DoctorCause;
  /** bind-side errors happen to servers, connect-side ones to clients. */
  side: 'bind' | 'connect';
}

/** The socket errors, numbers checked against the sources above. */
export const ERRNO_FACTS: readonly ErrnoFact[] = [
  {
    name: 'EADDRINUSE',
    linux: 98,
    bsd: 48,
    windows: 10048,
    libuvWindows: -4091,
    cause: 'in-use',
    side: 'bind',
  },
  {
    name: 'EACCES',
    linux: 13,
    bsd: 13,
    windows: 10013,
    libuvWindows: -4092,
    cause: 'access-denied',
    side: 'bind',
  },
  {
    name: 'EADDRNOTAVAIL',
    linux: 99,
    bsd: 49,
    windows: 10049,
    libuvWindows: -4090,
    cause: 'addr-not-available',
    side: 'bind',
  },
  {
    name: 'ECONNREFUSED',
    linux: 111,
    bsd: 61,
    windows: 10061,
    libuvWindows: -4078,
    cause: 'refused',
    side: 'connect',
  },
  {
    name: 'ETIMEDOUT',
    linux: 110,
    bsd: 60,
    windows: 10060,
    libuvWindows: -4039,
    cause: 'timed-out',
    side: 'connect',
  },
  {
    name: 'EHOSTUNREACH',
    linux: 113,
    bsd: 65,
    windows: 10065,
    libuvWindows: -4073,
    cause: 'no-route',
    side: 'connect',
  },
  {
    name: 'ENETUNREACH',
    linux: 101,
    bsd: 51,
    windows: 10051,
    libuvWindows: -4062,
    cause: 'no-route',
    side: 'connect',
  },
];

/** What one number means: the error and the systems that use that number for it. */
export interface ErrnoNumber {
  fact: ErrnoFact;
  platforms: readonly PlatformId[];
}

const LINUX: readonly PlatformId[] = ['linux'];
const BSD: readonly PlatformId[] = ['macos', 'freebsd'];
const WINDOWS: readonly PlatformId[] = ['windows'];

function numberTable(): Map<number, ErrnoNumber> {
  const table = new Map<number, ErrnoNumber>();
  for (const fact of ERRNO_FACTS) {
    // EACCES is 13 everywhere, so 13 says nothing about the system.
    const shared = fact.linux === fact.bsd;
    table.set(fact.linux, { fact, platforms: shared ? [] : LINUX });
    table.set(-fact.linux, { fact, platforms: shared ? [] : LINUX });
    if (!shared) {
      table.set(fact.bsd, { fact, platforms: BSD });
      table.set(-fact.bsd, { fact, platforms: BSD });
    }
    table.set(fact.windows, { fact, platforms: WINDOWS });
    table.set(fact.libuvWindows, { fact, platforms: WINDOWS });
  }
  return table;
}

/** Every number the doctor reads (positive C errno, libuv's negative ones, Winsock codes). */
export const ERRNO_NUMBERS: ReadonlyMap<number, ErrnoNumber> = numberTable();

/** The fact for a POSIX name or a Winsock name (`WSAEADDRINUSE`), case-sensitive; undefined if none. */
export function factByName(name: string): ErrnoFact | undefined {
  const bare = name.startsWith('WSA') ? name.slice(3) : name;
  return ERRNO_FACTS.find((fact) => fact.name === bare);
}
