import data from '../../generated/knowledge.json';
import type { KnowledgeData } from './knowledge-data.ts';
import { Knowledge } from './knowledge.ts';
import { PortSearch } from './search.ts';

/** Decodes the bundled knowledge base; lives in its own chunk with the data it decodes. */
export function createKnowledge(): { knowledge: Knowledge; search: PortSearch } {
  const knowledge = new Knowledge(data as unknown as KnowledgeData);
  return { knowledge, search: new PortSearch(knowledge) };
}
