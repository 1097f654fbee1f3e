/** Schema checks for the curated display names and search aliases. */
import { describe, expect, it } from 'vitest';
import display from '../../../app/data/display-names.json';
import aliases from '../../../app/data/search-aliases.json';
import unofficial from '../../../app/data/unofficial-uses.json';
import system from '../../../app/data/services-system.json';
import registered from '../../../app/data/services-registered.json';
import security from '../../../app/data/security-notes.json';

interface DisplayEntry {
  port: number;
  name: string;
  source: string;
  sourceTitle: string;
}

const entries = display.entries as DisplayEntry[];
const bannedSources = /wikipedia\.org|speedguide\.net|nmap\.org/i;
const curatedPorts = new Set(
  [unofficial, system, registered, security].flatMap((f) => f.entries.map((e) => e.port)),
);

function expectSource(e: { source: string; sourceTitle: string }) {
  expect(new URL(e.source).protocol).toBe('https:');
  expect(e.source).not.toMatch(bannedSources);
  expect(e.sourceTitle.trim()).not.toBe('');
}

describe('display-names.json', () => {
  it.each(entries.map((e) => [e.port, e] as const))('%i is well formed', (_, e) => {
    expect(Object.keys(e).sort()).toEqual(['name', 'port', 'source', 'sourceTitle']);
    expect(Number.isInteger(e.port) && e.port >= 0 && e.port <= 65535).toBe(true);
    expect(e.name).toBe(e.name.trim());
    expect(e.name.length).toBeGreaterThan(0);
    expect(e.name.length).toBeLessThanOrEqual(50);
    expectSource(e);
    // A display name sums up curated facts: the port has a curated service, use or note.
    expect(curatedPorts.has(e.port)).toBe(true);
  });

  it('has one name per port, in port order', () => {
    const ports = entries.map((e) => e.port);
    expect(ports).toEqual([...new Set(ports)].sort((a, b) => a - b));
  });
});

describe('search-aliases.json', () => {
  it.each(aliases.words.map((w) => [w.alias, w] as const))('word %s is well formed', (_, w) => {
    expect(Object.keys(w).sort()).toEqual(['alias', 'means', 'source', 'sourceTitle']);
    expect(w.alias).toMatch(/^[a-z0-9]+$/);
    expect(w.means).toMatch(/^[a-z0-9]+$/);
    expect(w.means).not.toBe(w.alias);
    expectSource(w);
  });

  it('lists each word alias once', () => {
    const words = aliases.words.map((w) => w.alias);
    expect(words.length).toBe(new Set(words).size);
  });

  it.each(aliases.ports.map((p) => [p.name, p.port, p] as const))(
    'port alias %s (%i) is well formed',
    (_, port, p) => {
      expect(Object.keys(p).sort()).toEqual(['name', 'port', 'source', 'sourceTitle']);
      expect(curatedPorts.has(port)).toBe(true);
      expect(p.name.trim()).toBe(p.name);
      expectSource(p);
    },
  );
});
