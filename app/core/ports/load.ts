import dataUrl from '../../generated/knowledge.json?url';
import slices from 'virtual:knowledge-slices';
import type { KnowledgeData } from './knowledge-data.ts';
import type { LoadedKnowledge } from './knowledge-module.ts';
import type { Knowledge } from './knowledge.ts';
import { sliceEndFor, sliceStartFor } from './slices.ts';

export type { LoadedKnowledge };

/** A decoded slice: answers for every port from `from` to `to` as the whole base would. */
export interface KnowledgeSlice {
  from: number;
  to: number;
  knowledge: Knowledge;
}

let pending: Promise<LoadedKnowledge> | undefined;
const pendingSlices = new Map<number, Promise<KnowledgeSlice>>();

/** Fetches data as plain JSON (smaller and faster to parse than the same data inside a script). */
async function fetchData(url: string): Promise<KnowledgeData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the port data answered ${response.status}`);
  return (await response.json()) as KnowledgeData;
}

/** Loads and decodes the whole knowledge base once, off the first-paint path; a failed load may be retried. */
export function loadKnowledge(): Promise<LoadedKnowledge> {
  pending ??= Promise.all([import('./knowledge-module.ts'), fetchData(dataUrl)])
    .then(([mod, data]) => mod.createKnowledge(data))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

/** Resolves in a later task, so parsing, decoding and rendering never add up to one long task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Loads the few kilobytes a port page needs: the slice of the data that holds `port`. */
export function loadSlice(port: number): Promise<KnowledgeSlice> {
  const from = sliceStartFor(slices.starts, port);
  let slice = pendingSlices.get(from);
  if (!slice) {
    slice = Promise.all([import('./knowledge-module.ts'), fetchData(`${slices.base}${from}.json`)])
      .then(async ([mod, data]) => {
        await nextTask();
        return { mod, data };
      })
      .then(({ mod, data }) => ({
        from,
        to: sliceEndFor(slices.starts, from),
        knowledge: mod.createKnowledge(data).knowledge,
      }))
      .catch((error: unknown) => {
        pendingSlices.delete(from);
        throw error;
      });
    pendingSlices.set(from, slice);
  }
  return slice;
}
