import { expect, test } from 'vitest';
import { platformFirst } from '../../../../app/core/ports/platform-first.ts';
import { createKnowledge } from '../../../helpers/knowledge.ts';

const { knowledge } = createKnowledge();
const names = (port: number, os: Parameters<typeof platformFirst>[1]) =>
  platformFirst(knowledge.lookup(port).unofficial, os).map((u) => u.name);

test.each([5000, 7000])('on a Mac, the AirPlay Receiver comes first on %i', (port) => {
  expect(names(port, 'macos')[0]).toMatch(/AirPlay/);
});

test.each([5000, 7000])(
  'elsewhere the Mac-only use goes last on %i, nothing lost or doubled',
  (port) => {
    const curated = knowledge.lookup(port).unofficial.map((u) => u.name);
    const linux = names(port, 'linux');
    expect(linux.at(-1)).toMatch(/AirPlay/);
    expect(linux[0]).not.toMatch(/AirPlay/);
    expect([...linux].sort()).toEqual([...curated].sort());
    expect([...names(port, 'macos')].sort()).toEqual([...curated].sort());
  },
);

test('uses that name no platform keep their curated order', () => {
  const curated = knowledge.lookup(22).unofficial.map((u) => u.name);
  expect(names(22, 'windows')).toEqual(curated);
});
