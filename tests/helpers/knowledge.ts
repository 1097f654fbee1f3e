/** The real, generated knowledge base for unit tests (`npm run data` builds it). */
import data from '../../app/generated/knowledge.json';
import type { KnowledgeData } from '../../app/core/ports/knowledge-data.ts';
import { createKnowledge as decode } from '../../app/load/knowledge-module.ts';
import type { LoadedKnowledge } from '../../app/load/knowledge-module.ts';

/** Decodes the generated data exactly as the app does after fetching it. */
export function createKnowledge(): LoadedKnowledge {
  return decode(data as unknown as KnowledgeData);
}
