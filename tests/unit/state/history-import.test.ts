/** An import whose worker cannot start says so in the page's language. */
import { afterEach, expect, test, vi } from 'vitest';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';
import { importHistoryFile } from '../../../app/state/history-import.ts';
import type { StorageModule } from '../../../app/state/database.svelte.ts';

afterEach(() => {
  setLocale('en', { reload: false });
  vi.unstubAllGlobals();
});

/** A worker that fails to start, with the browser's `message` (possibly empty). */
function failingWorker(message: string) {
  return class {
    onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
    onmessage: unknown = null;
    terminated = false;
    postMessage() {
      queueMicrotask(() => this.onerror?.({ message, preventDefault() {} }));
    }
    terminate() {
      this.terminated = true;
    }
  };
}

const store = { currentDatabaseName: () => 'portwise' } as unknown as StorageModule;
const run = () => ({ onProgress: () => {}, signal: new AbortController().signal });
const file = new File(['{}'], 'history.json');

test("a worker that cannot start is told in the page's language, with the browser's reason", async () => {
  vi.stubGlobal('Worker', failingWorker(''));
  await expect(importHistoryFile(store, file, run())).rejects.toThrow(
    /^The import could not start\.$/,
  );
  setLocale('de', { reload: false });
  await expect(importHistoryFile(store, file, run())).rejects.toThrow(
    /^Der Import konnte nicht starten\.$/,
  );
  vi.stubGlobal('Worker', failingWorker('SyntaxError: bad module'));
  setLocale('ja', { reload: false });
  await expect(importHistoryFile(store, file, run())).rejects.toThrow(
    /^インポートを開始できませんでした: SyntaxError: bad module$/,
  );
});
