/**
 * How the knowledge base reaches the page: the data files, the decoder's chunk and the slice index
 * that the build writes. It lives outside app/core because it fetches and waits; what to load when
 * is app/state's decision.
 */
import dataUrl from '../generated/knowledge.json?url';
import slices from 'virtual:knowledge-slices';
import type { KnowledgeData } from '../core/ports/knowledge-data.ts';
import type { Knowledge } from '../core/ports/knowledge.ts';
import { sliceEndFor, sliceStartFor } from '../core/ports/slices.ts';
import type { LoadedKnowledge } from './knowledge-module.ts';

export type { LoadedKnowledge };

/** A decoded slice: answers for every port from `from` to `to` as the whole base would. */
export interface KnowledgeSlice {
  from: number;
  to: number;
  knowledge: Knowledge;
}

/** Loads in flight or done, by key; a failed load is forgotten so that it can be retried. */
const loads = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loads.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load().catch((error: unknown) => {
      loads.delete(key);
      throw error;
    });
    loads.set(key, promise);
  }
  return promise;
}

/** Fetches data as plain JSON (smaller and faster to parse than the same data inside a script). */
async function fetchData(url: string): Promise<KnowledgeData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the port data answered ${response.status}`);
  return (await response.json()) as KnowledgeData;
}

/** Loads and decodes the whole knowledge base once, off the first-paint path; a failed load may be retried. */
export function loadKnowledge(): Promise<LoadedKnowledge> {
  return once('whole', () =>
    Promise.all([import('./knowledge-module.ts'), fetchData(dataUrl)]).then(([mod, data]) =>
      mod.createKnowledge(data),
    ),
  );
}

/** Resolves in a later task, so parsing, decoding and rendering never add up to one long task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Loads the few kilobytes a port page needs: the slice of the data that holds `port`. */
export function loadSlice(port: number): Promise<KnowledgeSlice> {
  const from = sliceStartFor(slices.starts, port);
  return once(`slice ${from}`, async () => {
    const [mod, data] = await Promise.all([
      import('./knowledge-module.ts'),
      fetchData(`${slices.base}${from}.json`),
    ]);
    await nextTask(); // the JSON was parsed in this task; decoding gets one of its own
    return {
      from,
      to: sliceEndFor(slices.starts, from),
      knowledge: mod.createKnowledge(data).knowledge,
    };
  });
}
