import { expect, test } from 'vitest';
import { describeImport } from '../../../app/state/import-summary.ts';
import type { ImportResult } from '../../../app/storage/types.ts';

const none = { added: 0, updated: 0, skipped: 0 };
const result = (overrides: Partial<ImportResult>): ImportResult => ({
  checks: none,
  notes: none,
  pins: none,
  feedback: none,
  settings: none,
  ...overrides,
});

test.each<[string, ImportResult, string]>([
  [
    'checks, a note and a pin, each counted as its own kind',
    result({
      checks: { added: 2, updated: 0, skipped: 0 },
      notes: { added: 1, updated: 0, skipped: 0 },
      pins: { added: 1, updated: 0, skipped: 0 },
    }),
    'Imported h.json. Checks: 2 added. Notes: 1 added. Pins: 1 added.',
  ],
  [
    'the same file again',
    result({
      checks: { added: 0, updated: 0, skipped: 2 },
      notes: { added: 0, updated: 0, skipped: 1 },
    }),
    'Imported h.json. Checks: 0 added, 2 already in your history. Notes: 0 added, 1 unchanged (yours is as new or newer).',
  ],
  [
    'only notes: checks still said, kinds the file lacks left out',
    result({ notes: { added: 1, updated: 2, skipped: 0 } }),
    'Imported h.json. Checks: 0 added. Notes: 1 added, 2 updated (newer in the file).',
  ],
  [
    'feedback and settings when the file carries them',
    result({
      feedback: { added: 1, updated: 0, skipped: 0 },
      settings: { added: 1, updated: 0, skipped: 1 },
    }),
    'Imported h.json. Checks: 0 added. Helpful answers: 1 added. Settings: 1 added, 1 unchanged (your choice is kept).',
  ],
])('%s', (_name, counts, expected) => {
  expect(describeImport('h.json', counts)).toBe(expected);
});

test("the import's notices (a part of a split export, settings left out) follow the counts", () => {
  const said = describeImport('h-part-1-of-2.json', {
    ...result({ checks: { added: 3, updated: 0, skipped: 0 } }),
    notices: ['This file is part 1 of 2.', 'Settings Portwise does not know were left out: theme.'],
  });
  expect(said).toBe(
    'Imported h-part-1-of-2.json. Checks: 3 added. This file is part 1 of 2. Settings Portwise does not know were left out: theme.',
  );
});
