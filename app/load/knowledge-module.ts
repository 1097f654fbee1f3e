import type { KnowledgeData } from '../core/ports/knowledge-data.ts';
import { Knowledge } from '../core/ports/knowledge.ts';
import { PortSearch } from '../core/ports/search.ts';

/** The decoded knowledge base and its search engine, whose index is built on first use. */
export interface LoadedKnowledge {
  knowledge: Knowledge;
  readonly search: PortSearch;
}

/** Decodes the knowledge data; this code lives in its own chunk, loaded beside the data file. */
export function createKnowledge(data: KnowledgeData): LoadedKnowledge {
  const knowledge = new Knowledge(data);
  let search: PortSearch | undefined;
  return {
    knowledge,
    // The search index is the costliest part; a port page never needs it, so it waits for a search.
    get search() {
      return (search ??= new PortSearch(knowledge));
    },
  };
}
