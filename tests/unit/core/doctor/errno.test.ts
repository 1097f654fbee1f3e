/** The errno facts: one number per system and error, no number meaning two errors. */
import { describe, expect, it } from 'vitest';
import { ERRNO_FACTS, ERRNO_SOURCES } from '../../../../app/core/doctor/index.ts';

describe('ERRNO_FACTS', () => {
  it('has the numbers of errno.h, intro(2) and Windows Sockets Error Codes', () => {
    const inUse = ERRNO_FACTS.find((f) => f.name === 'EADDRINUSE');
    expect(inUse).toMatchObject({ linux: 98, bsd: 48, windows: 10048, libuvWindows: -4091 });
    const refused = ERRNO_FACTS.find((f) => f.name === 'ECONNREFUSED');
    expect(refused).toMatchObject({ linux: 111, bsd: 61, windows: 10061 });
  });

  it('keeps every Winsock code at 10000 + the BSD number', () => {
    for (const fact of ERRNO_FACTS) expect(fact.windows).toBe(10000 + fact.bsd);
  });

  it('never gives one number to two errors', () => {
    const seen = new Map<number, string>();
    for (const fact of ERRNO_FACTS) {
      for (const n of [fact.linux, fact.bsd, fact.windows, fact.libuvWindows]) {
        const other = seen.get(n);
        if (other !== undefined) expect(other).toBe(fact.name);
        seen.set(n, fact.name);
      }
    }
  });

  it('cites https sources', () => {
    for (const source of Object.values(ERRNO_SOURCES)) expect(source.url).toMatch(/^https:\/\//);
  });
});
