import type { NewCheck, PortHistory, StorageStatus } from '../storage/index.ts';
import type { PlatformId } from '../core/platform/index.ts';
import { parsePlatformId } from '../core/platform/index.ts';
import { platformState } from './platform.svelte.ts';

type StorageModule = typeof import('../storage/index.ts');

/** Describes any thrown value in one sentence for a notice. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The app's link to its local history; storage loads on first use, off the first-paint path. */
class HistoryState {
  status = $state<StorageStatus | undefined>(undefined);
  /** Set when a write failed (for example a full disk); shown beside the page, nothing is lost. */
  lastError = $state('');
  /** True when another tab opened a newer version and this tab must reload. */
  outdated = $state(false);
  private module: Promise<StorageModule> | undefined;
  /** The unfiltered history rows, read while the app was idle; dropped on every write. */
  private prefetched: PortHistory[] | undefined;
  private platformConnected: Promise<void> | undefined;

  /** Loads the storage module and opens the database once. */
  storage(): Promise<StorageModule> {
    this.module ??= import('../storage/index.ts').then(async (m) => {
      this.status = await m.openStorage();
      m.onVersionChange(() => (this.outdated = true));
      if (this.status.available === false && this.status.reason === 'outdated')
        this.outdated = true;
      return m;
    });
    return this.module;
  }

  /** Whether the database is usable (after `storage()` resolved). */
  get available(): boolean {
    return this.status?.available === true;
  }

  /** Records a check; failures become a visible message and never break the page. */
  async record(check: NewCheck): Promise<void> {
    try {
      const m = await this.storage();
      if (!this.available) return;
      this.prefetched = undefined;
      await m.recordCheck(check);
      this.lastError = '';
    } catch (error) {
      this.lastError = `This check was not saved to your history: ${messageOf(error)}`;
    }
  }

  /** Records a visit to a port page, with the platform shown once a remembered choice is restored. */
  async recordView(port: number, protocol: NewCheck['protocol']): Promise<void> {
    await this.connectPlatform();
    await this.record({ port, protocol, platform: platformState.os, kind: 'view' });
  }

  /** The stored answer to "Was this page helpful?" for a port, or null (none, or no storage). */
  async feedbackOf(port: number): Promise<boolean | null> {
    const m = await this.storage();
    return this.available ? ((await m.getFeedback(port))?.helpful ?? null) : null;
  }

  /** Stores the answer for a port (null removes it); rejects with a readable reason when it cannot. */
  async setFeedback(port: number, helpful: boolean | null): Promise<void> {
    const m = await this.storage();
    if (!this.available) throw new Error('history is not available in this browser');
    await m.setFeedback(port, helpful);
  }

  /** Reads the history rows ahead of time, so the history page can show them at once. */
  async prefetchHistory(): Promise<void> {
    try {
      const m = await this.storage();
      if (this.available) this.prefetched = await m.historyByPort();
    } catch {
      this.prefetched = undefined;
    }
  }

  /** Takes the prefetched rows (once): the page shows them while it reads the current ones. */
  takePrefetched(): PortHistory[] | undefined {
    const rows = this.prefetched;
    this.prefetched = undefined;
    return rows;
  }

  /** Restores the remembered platform and remembers new choices (once; later calls share it). */
  connectPlatform(): Promise<void> {
    this.platformConnected ??= this.restorePlatform();
    return this.platformConnected;
  }

  private async restorePlatform(): Promise<void> {
    platformState.saveChoicesWith((os: PlatformId) => {
      void this.storage()
        .then((m) => (this.available ? m.setSetting('platform', os) : undefined))
        .catch(
          (error: unknown) =>
            (this.lastError = `Your platform choice was not saved: ${messageOf(error)}`),
        );
    });
    try {
      const m = await this.storage();
      if (!this.available) return;
      const saved = parsePlatformId(String((await m.getSetting('platform')) ?? ''));
      if (saved && !platformState.saved) platformState.saved = saved;
    } catch {
      // No saved choice: detection stays the default.
    }
  }
}

/** The app's single history state. */
export const historyState = new HistoryState();
