import { loadKnowledge, loadSlice, nextTask } from '../load/knowledge.ts';
import type { KnowledgeSlice, LoadedKnowledge } from '../load/knowledge.ts';
import type { Knowledge } from '../core/ports/knowledge.ts';
import type { PortSearch } from '../core/ports/search.ts';

/** Loading state of the knowledge base, shared by every view. */
class KnowledgeState {
  /** State of the whole base (search, ranges, history names). */
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  knowledge = $state.raw<Knowledge | undefined>(undefined);
  private loaded = $state.raw<LoadedKnowledge | undefined>(undefined);
  /** Slices loaded for port pages before the whole base was needed. */
  private slices = $state.raw<KnowledgeSlice[]>([]);
  error = $state('');

  /** Starts loading the whole base once; views that list or search ports call it. */
  ensure(): void {
    if (this.status === 'idle') void this.load();
  }

  /** Loads (or retries loading) the whole knowledge base. */
  async load(): Promise<void> {
    this.status = 'loading';
    try {
      const loaded = await loadKnowledge();
      this.knowledge = loaded.knowledge;
      this.loaded = loaded;
      this.slices = [];
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** Takes a base already decoded (the build's prerenderer reads the whole base from disk). */
  adopt(knowledge: Knowledge): void {
    this.knowledge = knowledge;
    this.status = 'ready';
  }

  /** What can answer for one port: the whole base once loaded, else a loaded slice that holds it. */
  about(port: number): Knowledge | undefined {
    return this.knowledge ?? this.slices.find((s) => port >= s.from && port <= s.to)?.knowledge;
  }

  /**
   * Loads what a port page needs. On a first visit that is the small slice of the data that holds
   * the port (the whole base is 20 times bigger). Once the service worker has cached the app, or
   * when offline, the whole base is read from the cache instead, so a page never waits on the
   * network; the slices are not cached. A slice that cannot be fetched falls back to the whole base.
   */
  async ensurePort(port: number): Promise<void> {
    if (this.about(port) || this.status === 'loading') return;
    if (navigator.serviceWorker?.controller || !navigator.onLine) return this.ensure();
    try {
      const slice = await loadSlice(port);
      await nextTask(); // the page renders the data in a task of its own
      if (!this.knowledge && !this.slices.includes(slice)) this.slices = [...this.slices, slice];
    } catch {
      this.ensure();
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
