import { loadKnowledge } from '../core/ports/load.ts';
import type { LoadedKnowledge } from '../core/ports/load.ts';
import type { Knowledge } from '../core/ports/knowledge.ts';
import type { PortSearch } from '../core/ports/search.ts';

/** Loading state of the knowledge base, shared by every view. */
class KnowledgeState {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  knowledge = $state.raw<Knowledge | undefined>(undefined);
  private loaded = $state.raw<LoadedKnowledge | undefined>(undefined);
  error = $state('');

  /** Starts loading once; views call it when they need data. */
  ensure(): void {
    if (this.status === 'idle') void this.load();
  }

  /** Loads (or retries loading) the knowledge base. */
  async load(): Promise<void> {
    this.status = 'loading';
    try {
      const loaded = await loadKnowledge();
      this.knowledge = loaded.knowledge;
      this.loaded = loaded;
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** Builds the search index soon after the data is there, so typing in the search box stays instant. */
  warmSearch(): void {
    this.ensure();
    void loadKnowledge().then(
      (loaded) => setTimeout(() => void loaded.search, 0),
      () => undefined,
    );
  }

  /** The search engine; its index is built the first time anything searches. */
  get search(): PortSearch | undefined {
    return this.loaded?.search;
  }
}

/** The app's single knowledge-base state. */
export const knowledgeState = new KnowledgeState();
