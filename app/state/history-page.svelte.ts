import type {
  CheckRecord,
  HistorySnapshot,
  ImportResult,
  PersistenceState,
  PortHistory,
} from '../storage/index.ts';
import { historyState, messageOf } from './history.svelte.ts';

export type { CheckRecord, PortHistory, ImportResult };

/** A reversible removal shown with an Undo button. */
interface Undoable {
  label: string;
  snapshot: HistorySnapshot;
}

/** State and actions of the history page; every storage call goes through here. */
export class HistoryPage {
  rows = $state.raw<PortHistory[]>([]);
  loading = $state(true);
  error = $state('');
  message = $state('');
  undo = $state.raw<Undoable | undefined>(undefined);
  persistence = $state<PersistenceState | undefined>(undefined);
  private filterText = '';
  private nameOf: (port: number) => string | undefined = () => undefined;

  /** Sets how ports are named for filtering (from the knowledge base once it has loaded). */
  setNamer(nameOf: (port: number) => string | undefined): void {
    this.nameOf = nameOf;
  }

  /** Reloads the grouped history, filtered by port, name or note text. */
  async load(filter = this.filterText): Promise<void> {
    this.filterText = filter;
    // Rows read while the app was idle show at once; the fresh read below replaces them.
    const early = filter.trim() ? undefined : historyState.takePrefetched();
    if (early) {
      this.rows = early;
      this.loading = false;
    }
    try {
      const m = await historyState.storage();
      if (!historyState.available) {
        this.loading = false;
        return;
      }
      this.rows = await m.historyByPort(filter.trim() || undefined, this.nameOf);
      this.error = '';
      this.loading = false;
      if (this.persistence === undefined)
        void m.persistenceState().then((state) => (this.persistence = state));
    } catch (error) {
      this.error = `History could not be read: ${messageOf(error)}`;
      this.loading = false;
    }
  }

  private async act(
    run: (m: Awaited<ReturnType<typeof historyState.storage>>) => Promise<unknown>,
    failure: string,
  ): Promise<boolean> {
    try {
      await run(await historyState.storage());
      await this.load();
      return true;
    } catch (error) {
      this.error = `${failure}: ${messageOf(error)}`;
      return false;
    }
  }

  /** The checks of one port, newest first. */
  async checksOf(port: number): Promise<CheckRecord[]> {
    const m = await historyState.storage();
    return m.listChecks(port);
  }

  deleteCheck = (id: number) => this.act((m) => m.deleteCheck(id), 'The check was not deleted');
  setPin = (port: number, pinned: boolean) =>
    this.act((m) => m.setPin(port, pinned), 'The pin was not saved');
  setNote = (port: number, text: string) =>
    this.act((m) => m.setNote(port, text), 'The note was not saved');

  /** Removes a port's checks, note, pin and feedback, keeping them for Undo. */
  deletePort = (port: number) =>
    this.act(async (m) => {
      this.undo = {
        label: `Port ${port} removed from history.`,
        snapshot: await m.deletePort(port),
      };
    }, 'The port was not removed');

  /** Empties the history, keeping it for Undo. */
  clear = () =>
    this.act(async (m) => {
      this.undo = { label: 'History cleared.', snapshot: await m.clearHistory() };
    }, 'History was not cleared');

  /** Puts back what the last removal took. */
  restore = () =>
    this.act(async (m) => {
      if (this.undo) await m.restoreHistory(this.undo.snapshot);
      this.undo = undefined;
      this.message = 'Restored.';
    }, 'Undo failed');

  /** The whole history as pretty-printed JSON. */
  async exportJson(): Promise<string> {
    const m = await historyState.storage();
    return JSON.stringify(await m.exportJson(), null, 2);
  }

  /** Every check as CSV. */
  async exportCsv(): Promise<string> {
    const m = await historyState.storage();
    return m.exportCsv();
  }

  /** Imports a JSON export; on any problem nothing changes and the message names it. */
  async importText(text: string): Promise<ImportResult | undefined> {
    try {
      const m = await historyState.storage();
      const result = await m.importJson(text);
      await this.load();
      return result;
    } catch (error) {
      this.error = `Import failed, nothing was changed. ${messageOf(error)}`;
      return undefined;
    }
  }

  /** Asks the browser to keep this site's data under storage pressure. */
  async persist(): Promise<void> {
    const m = await historyState.storage();
    this.persistence = await m.requestPersistence();
  }
}
