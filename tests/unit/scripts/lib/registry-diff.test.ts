import { expect, test } from 'vitest';
import { diffRegistries } from '../../../../scripts/lib/registry-diff.js';

test('the refresh report lists added, removed, renamed and re-described entries', () => {
  const before: Record<string, [string, string]> = {
    '80/tcp': ['www-http', 'World Wide Web HTTP'],
    '81/tcp': ['old', 'Old service'],
    '82/tcp': ['same', 'Old words'],
  };
  const after: Record<string, [string, string]> = {
    '80/tcp': ['http', 'World Wide Web HTTP'],
    '82/tcp': ['same', 'New words'],
    '83/udp': ['', 'Reserved'],
  };
  expect(diffRegistries(before, after)).toEqual({
    added: ['83/udp (no name): Reserved'],
    removed: ['81/tcp old'],
    renamed: ['80/tcp www-http → http'],
    redescribed: ['82/tcp same: Old words → New words'],
  });
});
