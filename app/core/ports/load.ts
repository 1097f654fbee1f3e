import dataUrl from '../../generated/knowledge.json?url';
import type { KnowledgeData } from './knowledge-data.ts';
import type { LoadedKnowledge } from './knowledge-module.ts';

export type { LoadedKnowledge };

let pending: Promise<LoadedKnowledge> | undefined;

/** Fetches the data as plain JSON (smaller and faster to parse than the same data inside a script). */
async function fetchData(): Promise<KnowledgeData> {
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`the port data answered ${response.status}`);
  return (await response.json()) as KnowledgeData;
}

/** Loads and decodes the knowledge base once, off the first-paint path; a failed load may be retried. */
export function loadKnowledge(): Promise<LoadedKnowledge> {
  pending ??= Promise.all([import('./knowledge-module.ts'), fetchData()])
    .then(([mod, data]) => mod.createKnowledge(data))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
