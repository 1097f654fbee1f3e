import type { LoadedKnowledge } from './knowledge-module.ts';

export type { LoadedKnowledge };

let pending: Promise<LoadedKnowledge> | undefined;

/** Loads and decodes the generated knowledge base once, off the first-paint path; a failed load may be retried. */
export function loadKnowledge(): Promise<LoadedKnowledge> {
  pending ??= import('./knowledge-module.ts')
    .then((mod) => mod.createKnowledge())
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
