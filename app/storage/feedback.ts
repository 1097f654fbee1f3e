import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { StorageInputError } from './errors.ts';
import { checkPort } from './fields.ts';
import type { Feedback } from './types.ts';

/** Records "Was this page helpful?" for a port; null withdraws the answer. */
export function setFeedback(port: number, helpful: boolean | null): Promise<Feedback | undefined> {
  const problem = checkPort(port);
  if (problem) return Promise.reject(new StorageInputError(problem));
  return withDatabase(async (db) => {
    const tx = db.transaction('feedback', 'readwrite');
    if (helpful === null) {
      await commit(tx.done, [tx.store.delete(port)]);
      return undefined;
    }
    const feedback: Feedback = { port, helpful, at: Date.now() };
    await commit(tx.done, [tx.store.put(feedback)]);
    return feedback;
  });
}

/** The user's answer for a port, if they gave one. */
export function getFeedback(port: number): Promise<Feedback | undefined> {
  return withDatabase((db) => db.get('feedback', port));
}
