import { describe, expect, test } from 'vitest';
import data from '../../../../app/generated/knowledge.json';
import type { KnowledgeData } from '../../../../app/core/ports/knowledge-data.ts';
import { Knowledge } from '../../../../app/core/ports/knowledge.ts';
import {
  SLICE_TARGET_BYTES,
  planSlices,
  sliceData,
} from '../../../../app/core/ports/slice-data.ts';
import { sliceEndFor, sliceStartFor } from '../../../../app/core/ports/slices.ts';

const whole = new Knowledge(data as unknown as KnowledgeData);
const starts = planSlices(data as unknown as KnowledgeData);
const slices = starts.map((from) => {
  const to = sliceEndFor(starts, from);
  const sliced = sliceData(data as unknown as KnowledgeData, whole, from, to);
  return { from, to, sliced, knowledge: new Knowledge(sliced) };
});

describe('planSlices', () => {
  test('cuts 0–65535 into ascending blocks that start at 0', () => {
    expect(starts[0]).toBe(0);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1] ?? 0);
    expect(starts.at(-1)).toBeLessThanOrEqual(65535);
    // The whole base is about 450 KB, so a 16 KB target gives a few dozen slices, not one or thousands.
    expect(starts.length).toBeGreaterThan(10);
    expect(starts.length).toBeLessThan(100);
  });

  test('a smaller target cuts more slices', () => {
    expect(planSlices(data as unknown as KnowledgeData, 4_000).length).toBeGreaterThan(
      starts.length * 2,
    );
  });

  test('every slice is far smaller than the whole base', () => {
    const wholeBytes = JSON.stringify(data).length;
    for (const s of slices) {
      const bytes = JSON.stringify(s.sliced).length;
      expect(bytes, `slice ${s.from}–${s.to}`).toBeLessThan(SLICE_TARGET_BYTES * 3);
      expect(bytes).toBeLessThan(wholeBytes / 10);
    }
  });
});

describe('sliceStartFor and sliceEndFor', () => {
  test('find the slice holding each edge port', () => {
    for (const [i, from] of starts.entries()) {
      const to = sliceEndFor(starts, from);
      expect(sliceStartFor(starts, from)).toBe(from);
      expect(sliceStartFor(starts, to)).toBe(from);
      if (i > 0) expect(sliceStartFor(starts, from - 1)).toBe(starts[i - 1]);
    }
    expect(sliceEndFor(starts, starts.at(-1) ?? 0)).toBe(65535);
    expect(sliceStartFor([0, 100, 200], 65535)).toBe(200);
    expect(sliceStartFor([0, 100, 200], 99)).toBe(0);
  });
});

describe('a slice answers for its ports exactly as the whole base does', () => {
  test.each(slices.map((s) => [`${s.from}–${s.to}`, s] as const))(
    'slice %s',
    (_, s) => {
      const wrong: string[] = [];
      for (let port = s.from; port <= s.to; port++) {
        const expected = JSON.stringify(whole.lookup(port, 'linux'));
        if (JSON.stringify(s.knowledge.lookup(port, 'linux')) !== expected)
          wrong.push(`${port} lookup`);
        if (s.knowledge.nameOf(port) !== whole.nameOf(port)) wrong.push(`${port} nameOf`);
        if (s.knowledge.ianaNameOf(port) !== whole.ianaNameOf(port))
          wrong.push(`${port} ianaNameOf`);
        if (s.knowledge.describe(port) !== whole.describe(port)) wrong.push(`${port} describe`);
        if (wrong.length > 5) break;
      }
      expect(wrong).toEqual([]);
    },
    // The widest slice compares some 29,000 ports: past Vitest's 5 s default on a busy machine.
    30_000,
  );

  test('the slices that hold 22 and 60904 carry their curated facts', () => {
    const at = (port: number) =>
      slices.find((x) => port >= x.from && port <= x.to)?.knowledge.lookup(port);
    expect(at(22)?.services[0]?.name).toBe('SSH');
    expect(at(22)?.security.length).toBeGreaterThan(0);
    expect(at(60904)?.unofficial.map((u) => u.confidence)).toEqual(['rumoured']);
    expect(at(60904)?.nearby.map((n) => n.port)).toEqual(
      whole.lookup(60904).nearby.map((n) => n.port),
    );
  });

  test('a block edge still lists neighbours from the next slice', () => {
    const s = slices[1];
    if (!s) throw new Error('expected at least two slices');
    const below = s.knowledge.lookup(s.from).nearby.filter((n) => n.port < s.from);
    expect(below.length).toBe(3);
    expect(below.map((n) => n.name)).toEqual(
      whole
        .lookup(s.from)
        .nearby.filter((n) => n.port < s.from)
        .map((n) => n.name),
    );
  });
});
