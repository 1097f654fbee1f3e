import data from '../../generated/knowledge.json';
import type { KnowledgeData } from './knowledge-data.ts';
import { Knowledge } from './knowledge.ts';
import { PortSearch } from './search.ts';

/** The decoded knowledge base and its search engine, whose index is built on first use. */
export interface LoadedKnowledge {
  knowledge: Knowledge;
  readonly search: PortSearch;
}

/** Decodes the bundled knowledge base; lives in its own chunk with the data it decodes. */
export function createKnowledge(): LoadedKnowledge {
  const knowledge = new Knowledge(data as unknown as KnowledgeData);
  let search: PortSearch | undefined;
  return {
    knowledge,
    // The search index is the costliest part; a port page never needs it, so it waits for a search.
    get search() {
      return (search ??= new PortSearch(knowledge));
    },
  };
}
