import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { StorageInputError } from './errors.ts';
import { checkPort, checkText } from './fields.ts';
import { LIMITS } from './limits.ts';
import type { PortNote } from './types.ts';

/** Saves the note on a port; empty (or blank) text deletes it. Returns the stored note, if any. */
export function setNote(port: number, text: string): Promise<PortNote | undefined> {
  const problem =
    checkPort(port) ?? (text === '' ? undefined : checkText('note', text, LIMITS.noteChars));
  if (problem) return Promise.reject(new StorageInputError(problem));
  return withDatabase(async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    if (text.trim() === '') {
      await commit(tx.done, [tx.store.delete(port)]);
      return undefined;
    }
    const note: PortNote = { port, text, updatedAt: Date.now() };
    await commit(tx.done, [tx.store.put(note)]);
    return note;
  });
}

/** The note on a port, if there is one. */
export function getNote(port: number): Promise<PortNote | undefined> {
  return withDatabase((db) => db.get('notes', port));
}
