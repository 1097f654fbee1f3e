import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../../app/core/commands/index.ts';
import {
  AIRPLAY_RECEIVER_PORTS,
  suggestFreePorts,
  whyNotSuggested,
} from '../../../../app/core/ports/free-ports.ts';
import { ephemeralRanges } from '../../../../app/core/ports/ephemeral.ts';
import { createKnowledge } from '../../../helpers/knowledge.ts';

const { knowledge } = createKnowledge();

describe('suggestFreePorts', () => {
  test.each([3000, 5000, 5432, 7000, 8080, 1, 1024, 9999, 50000, 65535])(
    'suggests three usable ports near %i',
    (port) => {
      const { ports } = suggestFreePorts(port, knowledge);
      expect(ports).toHaveLength(3);
      expect(new Set(ports).size).toBe(3);
      for (const p of ports) {
        expect(p).not.toBe(port);
        expect(p).toBeGreaterThanOrEqual(1024);
        expect(AIRPLAY_RECEIVER_PORTS).not.toContain(p);
        expect(knowledge.blocked.has(p)).toBe(false);
        expect(knowledge.ianaOf(p)).toEqual([]);
        expect(knowledge.nameOf(p)).toBe('');
        const info = knowledge.lookup(p);
        expect(info.services).toEqual([]);
        expect(info.unofficial.filter((u) => u.confidence !== 'rumoured')).toEqual([]);
        expect(info.ianaRanges).toEqual([]);
        for (const range of ephemeralRanges.filter((r) => r.os !== 'openbsd')) {
          expect(p < range.from || p > range.to, `${p} in ${range.os}`).toBe(true);
        }
      }
    },
  );

  test('nearest first: each suggestion is at least as close as the next', () => {
    const { port, ports } = suggestFreePorts(3000, knowledge, 5);
    const distances = ports.map((p) => Math.abs(p - port));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(ports.every((p) => p > 2000 && p < 4000)).toBe(true);
  });

  test('count is honoured, and 0 gives none', () => {
    expect(suggestFreePorts(8080, knowledge, 1).ports).toHaveLength(1);
    expect(suggestFreePorts(8080, knowledge, 0).ports).toEqual([]);
  });

  test('the ports every developer knows are never suggested', () => {
    expect(whyNotSuggested(5000, knowledge)).toBe('airplay');
    expect(whyNotSuggested(7000, knowledge)).toBe('airplay');
    expect(whyNotSuggested(6000, knowledge)).toBe('browser-blocked');
    expect(whyNotSuggested(5432, knowledge)).not.toBeNull();
    expect(whyNotSuggested(3000, knowledge)).not.toBeNull();
    expect(whyNotSuggested(8080, knowledge)).not.toBeNull();
    expect(whyNotSuggested(80, knowledge)).toBe('privileged');
    expect(whyNotSuggested(40000, knowledge)).toBe('ephemeral-linux');
    expect(whyNotSuggested(62000, knowledge)).toBe('ephemeral-windows');
    expect(whyNotSuggested(12000, knowledge)).toBe('ephemeral-freebsd');
  });

  test('says that Windows may still reserve the port, and names a catalogue command that checks', () => {
    const suggestion = suggestFreePorts(3000, knowledge);
    expect(suggestion.note).toMatch(/Windows may still/);
    expect(suggestion.note).toMatch(/10013/);
    expect(suggestion.checkCommandIds.length).toBeGreaterThan(0);
    for (const id of suggestion.checkCommandIds) {
      const spec = catalogue.find((entry) => entry.id === id);
      expect(spec?.intent).toBe('excluded-ranges');
    }
    expect(suggestion.ephemeralAvoided).toContain('windows');
    expect(suggestion.ephemeralAvoided).not.toContain('openbsd');
  });

  test('a bad port throws', () => {
    expect(() => suggestFreePorts(70000, knowledge)).toThrow(TypeError);
    expect(() => suggestFreePorts(1.5, knowledge)).toThrow(TypeError);
  });
});
