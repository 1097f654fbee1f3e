import type { Knowledge } from './knowledge.ts';
import type { PortSearch } from './search.ts';

/** The decoded knowledge base with its search engine. */
export interface LoadedKnowledge {
  knowledge: Knowledge;
  search: PortSearch;
}

let pending: Promise<LoadedKnowledge> | undefined;

/** Loads and decodes the generated knowledge base once, off the first-paint path; a failed load may be retried. */
export function loadKnowledge(): Promise<LoadedKnowledge> {
  pending ??= import('./knowledge-module.ts')
    .then((mod) => mod.createKnowledge())
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
