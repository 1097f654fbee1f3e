/** Schema checks for the curated security notes. */
import { describe, expect, it } from 'vitest';
import data from '../../../app/data/security-notes.json';

interface Note {
  port: number;
  portEnd?: number;
  protocols: string[];
  title: string;
  note: string;
  severity: string;
  source: string;
  sourceTitle: string;
}

const entries = data.entries as Note[];
const bannedSources = /wikipedia\.org|speedguide\.net|nmap\.org/i;
const label = (e: Note) => `${e.port}${e.portEnd ? `-${e.portEnd}` : ''} ${e.title}`;

describe('security-notes.json schema', () => {
  it('has at least 35 entries', () => expect(entries.length).toBeGreaterThanOrEqual(35));

  it.each(entries.map((e) => [label(e), e] as const))('%s is well formed', (_, e) => {
    expect(Object.keys(e).sort()).toEqual(
      ['note', 'port', 'protocols', 'severity', 'source', 'sourceTitle', 'title']
        .concat(e.portEnd === undefined ? [] : ['portEnd'])
        .sort(),
    );
    expect(Number.isInteger(e.port) && e.port >= 0 && e.port <= 65535).toBe(true);
    if (e.portEnd !== undefined) {
      expect(Number.isInteger(e.portEnd) && e.portEnd > e.port && e.portEnd <= 65535).toBe(true);
    }
    expect(e.protocols.length).toBeGreaterThan(0);
    expect(new Set(e.protocols).size).toBe(e.protocols.length);
    for (const p of e.protocols) expect(['tcp', 'udp']).toContain(p);
    expect(['high', 'medium', 'info']).toContain(e.severity);
    expect(e.title.trim()).not.toBe('');
    expect(e.note.trim().length).toBeGreaterThan(0);
    expect(e.note.length).toBeLessThanOrEqual(320);
    expect(e.note.trim()).toMatch(/\.$/);
    expect(e.sourceTitle.trim()).not.toBe('');
    expect(new URL(e.source).protocol).toBe('https:');
    expect(e.source).not.toMatch(bannedSources);
  });

  it('has no duplicate port + protocol + title', () => {
    const keys = entries.flatMap((e) =>
      e.protocols.map((p) => `${e.port}/${p}/${e.title.toLowerCase()}`),
    );
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('is sorted by port', () => {
    const ports = entries.map((e) => e.port);
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
  });

  it.each([
    [445, 'tcp'],
    [3389, 'tcp'],
    [2375, 'tcp'],
    [11211, 'udp'],
    [23, 'tcp'],
  ])('covers %i/%s', (port, protocol) => {
    expect(entries.some((e) => e.port === port && e.protocols.includes(protocol))).toBe(true);
  });
});

describe('notes state what changed with versions', () => {
  // Redis docs: protected mode is on by default since 3.2 and refuses remote clients while the
  // default user has no password; the gap is that no password is set by default.
  it('6379: Redis has no password by default; protected mode since 3.2 is not the gap', () => {
    const redis = entries.find((e) => e.port === 6379);
    expect(redis?.source).toMatch(/^https:\/\/redis\.io\/docs\//);
    expect(redis?.note).toMatch(/no password by default/i);
    expect(redis?.note).toMatch(/protected mode, on by default since Redis 3\.2/i);
    expect(redis?.note).not.toMatch(/enable protected mode/i);
    expect(redis?.note).not.toMatch(/trusts every client/i);
  });
});
