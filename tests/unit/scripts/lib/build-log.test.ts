import { expect, test } from 'vitest';
import { summariseSlices } from '../../../../scripts/lib/build-log.js';

const report = [
  'dist/manifest.webmanifest                          0.65 kB',
  'dist/index.html                                    1.44 kB │ gzip:   0.70 kB',
  'dist/assets/slices-952280e73b/6507.json           14.32 kB │ gzip:   5.61 kB',
  '\u001b[2mdist/\u001b[22m\u001b[2massets/slices-952280e73b/\u001b[22m14415.json  14.43 kB │ gzip:   5.43 kB',
  'dist/assets/slices-952280e73b/0.json             950 B │ gzip:   0.50 kB',
  'dist/assets/knowledge-Bb1jNWV2.json              457.63 kB │ gzip: 143.25 kB',
  'dist/assets/index-voOPK67_.js                     29.56 kB │ gzip:  11.40 kB',
].join('\n');

test('the slices of the knowledge data become one line with their count and total sizes', () => {
  expect(summariseSlices(report).split('\n')).toEqual([
    'dist/manifest.webmanifest                          0.65 kB',
    'dist/index.html                                    1.44 kB │ gzip:   0.70 kB',
    'dist/assets/slices-952280e73b/  3 knowledge slices, 29.70 kB │ gzip: 11.54 kB',
    'dist/assets/knowledge-Bb1jNWV2.json              457.63 kB │ gzip: 143.25 kB',
    'dist/assets/index-voOPK67_.js                     29.56 kB │ gzip:  11.40 kB',
  ]);
});

test('any other message, such as a warning, comes back unchanged', () => {
  for (const message of ['✓ built in 1.18s', '(!) Some chunks are larger than 500 kB', ''])
    expect(summariseSlices(message)).toBe(message);
});
