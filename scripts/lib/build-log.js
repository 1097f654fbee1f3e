// @ts-check
/** Shortens Vite's build report. */
import { stripVTControlCharacters } from 'node:util';

const SLICE_LINE = /slices-[0-9a-f]+\//;
const SIZE = /([\d.]+) (B|kB|MB)/g;
const KB = { B: 1 / 1000, kB: 1, MB: 1000 };

/**
 * Replaces the lines of a build report that list the knowledge slices (about 40 files under
 * dist/assets/slices-<hash>/) with one line: their folder, how many, and their total size and
 * gzip size. Any other message comes back unchanged.
 */
export function summariseSlices(/** @type {string} */ message) {
  const lines = message.split('\n');
  const first = lines.findIndex((line) => SLICE_LINE.test(line));
  if (first < 0) return message;
  const slices = lines.filter((line) => SLICE_LINE.test(line)).map(stripVTControlCharacters);
  let raw = 0;
  let gzip = 0;
  for (const line of slices) {
    const [size = 0, zipped = 0] = [...line.matchAll(SIZE)].map(
      (m) => Number(m[1]) * KB[/** @type {keyof typeof KB} */ (m[2])],
    );
    raw += size;
    gzip += zipped;
  }
  const folder = /\S*slices-[0-9a-f]+\//.exec(slices[0] ?? '')?.[0] ?? 'slices';
  const summary = `${folder}  ${slices.length} knowledge slices, ${raw.toFixed(2)} kB │ gzip: ${gzip.toFixed(2)} kB`;
  const rest = lines.filter((line) => !SLICE_LINE.test(line));
  return [...rest.slice(0, first), summary, ...rest.slice(first)].join('\n');
}
