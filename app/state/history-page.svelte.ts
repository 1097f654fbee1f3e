import type {
  CheckRecord,
  ExportPart,
  HistorySnapshot,
  ImportResult,
  PersistenceState,
  PortHistory,
} from '../storage/index.ts';
import { m } from '../generated/paraglide/messages.js';
import { loadCommandNames } from './check-label.ts';
import type { CommandNames } from './check-label.ts';
import { database, messageOf } from './database.svelte.ts';
import type { StorageModule } from './database.svelte.ts';
import { historyState } from './history.svelte.ts';
import { importHistoryFile, UnreadableFileError } from './history-import.ts';
import { describeImport } from './import-summary.ts';

export type { CheckRecord, PortHistory, ImportResult };

/** Checks listed at a time when a port's list is opened: a port can have 100,000 of them. */
export const CHECKS_PAGE = 50;

/** A reversible removal shown with an Undo button. */
interface Undoable {
  label: string;
  snapshot: HistorySnapshot;
}

/** The outcome of the last import, shown next to the import control. */
export interface ImportNotice {
  ok: boolean;
  text: string;
}

/** What the browser's answer to "Ask to keep it" means, said to the person who asked. */
const persistAnswers: Record<PersistenceState, () => string> = {
  persisted: m.pg_history_persist_done,
  'not-persisted': m.pg_history_persist_refused,
  unsupported: m.pg_history_persist_unsupported,
};

/** State and actions of the history page; every storage call goes through here. */
export class HistoryPage {
  rows = $state.raw<PortHistory[]>([]);
  loading = $state(true);
  error = $state('');
  message = $state('');
  undo = $state.raw<Undoable | undefined>(undefined);
  persistence = $state<PersistenceState | undefined>(undefined);
  /** What the browser answered the last "Ask to keep it", in words. */
  persistAnswer = $state('');
  importNotice = $state.raw<ImportNotice | undefined>(undefined);
  /** What "Clear history" keeps, in words (from the storage layer, once it has loaded). */
  clearKeeps = $state('');
  /** Said after an export that had to be split into several files. */
  exportNotice = $state('');
  /** The checks of every port whose list is open, read again on each load so none goes stale. */
  openChecks = $state.raw<Readonly<Record<number, CheckRecord[]>>>({});
  /** Command names by catalogue id, once the first list of checks was opened. */
  commandNames = $state.raw<CommandNames | undefined>(undefined);
  /** The import running now: its file and how many of its new checks are written, of how many. */
  importing = $state.raw<{ file: string; done: number; total: number } | undefined>(undefined);
  private stopImport: (() => void) | undefined;
  /** How many checks each open list shows (it grows by CHECKS_PAGE with "Show more"). */
  private checkLimits: Record<number, number> = {};
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
      const store = await database.open();
      if (!database.available) {
        this.loading = false;
        return;
      }
      this.clearKeeps = store.CLEAR_HISTORY_SCOPE.keeps.join(', ');
      this.rows = await store.historyByPort(filter.trim() || undefined, this.nameOf);
      this.openChecks = await this.readChecks(Object.keys(this.openChecks).map(Number));
      this.error = '';
      this.loading = false;
      if (this.persistence === undefined)
        void store.persistenceState().then((state) => (this.persistence = state));
    } catch (error) {
      this.error = m.pg_history_read_failed({ reason: messageOf(error) });
      this.loading = false;
    }
  }

  /**
   * Reads the history again whenever another tab commits a write, so this page never shows
   * "No checks yet" over checks written elsewhere; returns the function that stops it.
   */
  follow(): () => void {
    let stop: (() => void) | undefined;
    let stopped = false;
    // Checks an earlier page queued are stored at start-up, maybe after this page read the list.
    const stopLocal = database.onLocalChange(() => void this.load());
    void database.open().then(
      (store) => {
        if (!stopped) stop = store.onHistoryChange(() => void this.load());
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      stopLocal();
      stop?.();
    };
  }

  /** Tries storage again after it was unavailable (the Retry button), then reads the history. */
  async retry(): Promise<void> {
    this.loading = true;
    await database.reopen();
    await this.load();
  }

  private async readChecks(ports: number[]): Promise<Record<number, CheckRecord[]>> {
    const store = await database.open();
    const lists = await Promise.all(
      ports.map(
        async (port) =>
          [port, await store.listChecks(port, this.checkLimits[port] ?? CHECKS_PAGE)] as const,
      ),
    );
    // A port whose checks are all gone (deleted, cleared) closes its list.
    return Object.fromEntries(lists.filter(([, list]) => list.length > 0));
  }

  private async act(
    run: (store: StorageModule) => Promise<unknown>,
    failure: (inputs: { reason: string }) => string,
  ): Promise<boolean> {
    // A new action makes the last one's notices old news.
    this.message = '';
    this.importNotice = undefined;
    try {
      await run(await database.open());
      await this.load();
      return true;
    } catch (error) {
      this.error = failure({ reason: messageOf(error) });
      return false;
    }
  }

  /** Opens or closes the list of a port's checks (with command names); it stays current. */
  async toggleChecks(port: number): Promise<void> {
    if (this.openChecks[port]) {
      const { [port]: _closed, ...open } = this.openChecks;
      this.openChecks = open;
      return;
    }
    this.checkLimits[port] = CHECKS_PAGE;
    const [checks, names] = await Promise.all([this.readChecks([port]), loadCommandNames()]);
    this.commandNames = names;
    this.openChecks = { ...this.openChecks, ...checks };
  }

  /** Lists the next CHECKS_PAGE checks of a port whose list is open. */
  async showMoreChecks(port: number): Promise<void> {
    this.checkLimits[port] = (this.checkLimits[port] ?? CHECKS_PAGE) + CHECKS_PAGE;
    this.openChecks = { ...this.openChecks, ...(await this.readChecks([port])) };
  }

  deleteCheck = (id: number) =>
    this.act((store) => store.deleteCheck(id), m.pg_history_check_not_deleted);
  setPin = (port: number, pinned: boolean) =>
    this.act((store) => store.setPin(port, pinned), m.pg_history_pin_not_saved);
  setNote = (port: number, text: string) =>
    this.act((store) => store.setNote(port, text), m.pg_history_note_not_saved);

  /** Removes a port's checks, note, pin and feedback, keeping them for Undo. */
  deletePort = (port: number) =>
    this.act(async (store) => {
      this.undo = {
        label: m.pg_history_port_removed({ port }),
        snapshot: await store.deletePort(port),
      };
    }, m.pg_history_port_not_removed);

  /** Empties the history, keeping it for Undo. */
  clear = () =>
    this.act(async (store) => {
      this.undo = { label: m.pg_history_cleared(), snapshot: await store.clearHistory() };
    }, m.pg_history_not_cleared);

  /** Puts back what the last removal took. */
  restore = () =>
    this.act(async (store) => {
      if (this.undo) await store.restoreHistory(this.undo.snapshot);
      this.undo = undefined;
      this.message = m.pg_history_restored();
    }, m.pg_history_undo_failed);

  /**
   * The whole history as compact JSON files, each small enough to import again: one file, or
   * several when the history is larger than one import may be (the notice then says so).
   */
  async exportJsonFiles(): Promise<ExportPart[]> {
    const store = await database.open();
    const files = await store.exportJsonFiles();
    this.exportNotice = files.length > 1 ? m.pg_history_export_split({ count: files.length }) : '';
    return files;
  }

  /** Every check as CSV. */
  async exportCsv(): Promise<string> {
    const store = await database.open();
    return store.exportCsv();
  }

  /**
   * Imports a JSON export in a worker, showing its progress (`importing`) and offering a cancel;
   * on any problem, or a cancel, nothing changes and the notice says so. A pending Undo is
   * withdrawn: what it would put back predates the import, and must not be mixed into it.
   */
  async importFile(file: File): Promise<void> {
    this.message = '';
    this.importNotice = undefined;
    const failed = (why: string) =>
      (this.importNotice = { ok: false, text: m.pg_history_import_failed({ reason: why }) });
    const store = await database.open().catch(() => undefined);
    const maxBytes = store?.LIMITS.fileChars ?? Infinity;
    if (file.size > maxBytes) {
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      failed(
        m.pg_history_import_too_large({ file: file.name, size: mb(file.size), max: mb(maxBytes) }),
      );
      return;
    }
    if (!store || !database.available) {
      failed(m.pg_history_import_unavailable());
      return;
    }
    const controller = new AbortController();
    this.stopImport = () => controller.abort();
    this.importing = { file: file.name, done: 0, total: 0 };
    try {
      const end = await importHistoryFile(store, file, {
        signal: controller.signal,
        onProgress: (done, total) => (this.importing = { file: file.name, done, total }),
      });
      if ('cancelled' in end) {
        this.importNotice = { ok: true, text: m.pg_history_import_cancelled({ file: file.name }) };
        return;
      }
      if (this.undo) {
        this.undo = undefined;
        this.message = m.pg_history_undo_withdrawn();
      }
      this.importNotice = { ok: true, text: describeImport(file.name, end.outcome) };
      await this.load();
    } catch (error) {
      failed(
        error instanceof UnreadableFileError
          ? m.pg_history_file_unreadable({ file: file.name })
          : messageOf(error),
      );
    } finally {
      this.importing = undefined;
      this.stopImport = undefined;
    }
  }

  /** Cancels the running import; nothing of it is kept. */
  cancelImport(): void {
    this.stopImport?.();
  }

  /** Asks the browser to keep this site's data under storage pressure, and says what it answered. */
  async persist(): Promise<void> {
    const store = await database.open();
    this.persistence = await store.requestPersistence();
    this.persistAnswer = persistAnswers[this.persistence]();
  }
}
