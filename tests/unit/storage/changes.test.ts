/** Issue 16 item 3: every committed write is announced to other tabs on one BroadcastChannel. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { recordCheck } from '../../../app/storage/checks.ts';
import { clearHistory, restoreHistory } from '../../../app/storage/history.ts';
import { setNote } from '../../../app/storage/notes.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

let other: BroadcastChannel | undefined;
afterEach(() => {
  other?.close();
  other = undefined;
  vi.restoreAllMocks();
});

/** Listens as another tab would; resolves with the messages heard until `settle` resolves. */
function listen(): { heard: unknown[] } {
  other = new BroadcastChannel('portwise-history');
  const heard: unknown[] = [];
  other.onmessage = (event) => heard.push(event.data);
  return { heard };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('history changes are announced to other tabs', () => {
  test('a recorded check, a note, a clear and its undo are each announced once committed', async () => {
    const { heard } = listen();
    await recordCheck(aCheck({ port: 22 }));
    await tick();
    expect(heard).toHaveLength(1);
    await setNote(22, 'bastion');
    const snapshot = await clearHistory();
    await restoreHistory(snapshot);
    await tick();
    expect(heard).toHaveLength(4);
  });

  test('a write that fails is not announced', async () => {
    const { heard } = listen();
    await expect(setNote(70_000, 'no such port')).rejects.toThrow();
    await tick();
    expect(heard).toEqual([]);
  });
});
