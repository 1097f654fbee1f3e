/**
 * Where a port's slice of the knowledge data is: the small runtime half of slicing (the cutting
 * itself, done at build time, is in slice-data.ts). A port page fetches the slice that holds its
 * port instead of the whole base.
 */
import { lowerBound } from './sorted.ts';

/** Where the slices are served from and the first port of each, ascending from 0. */
export interface SliceIndex {
  base: string;
  starts: number[];
}

/** The first port of the slice that holds `port` (`starts` ascend from 0). */
export function sliceStartFor(starts: readonly number[], port: number): number {
  return starts[lowerBound(starts, port + 1) - 1] ?? 0;
}

/** The last port of the slice that starts at `start`. */
export function sliceEndFor(starts: readonly number[], start: number): number {
  const next = starts[starts.indexOf(start) + 1];
  return next === undefined ? 65535 : next - 1;
}
