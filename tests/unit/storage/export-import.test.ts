import { describe, expect, test } from 'vitest';
import { recordCheck } from '../../../app/storage/checks.ts';
import { ImportError } from '../../../app/storage/errors.ts';
import { exportCsv, exportJson } from '../../../app/storage/export.ts';
import { setFeedback } from '../../../app/storage/feedback.ts';
import { clearHistory } from '../../../app/storage/history.ts';
import { importJson } from '../../../app/storage/import.ts';
import { setNote } from '../../../app/storage/notes.ts';
import { setPin } from '../../../app/storage/pins.ts';
import { setSetting } from '../../../app/storage/settings.ts';
import type { ExportFile } from '../../../app/storage/types.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

async function seed(): Promise<void> {
  const platforms = ['linux', 'macos', 'windows'];
  for (let index = 0; index < 15; index += 1) {
    await recordCheck(
      aCheck({
        port: [22, 80, 443, 5432, 60904][index % 5] ?? 0,
        protocol: index % 4 === 0 ? 'udp' : 'tcp',
        platform: platforms[index % 3] ?? 'linux',
        kind: index % 3 === 0 ? 'paste' : 'copy',
        commandId: `cmd-${index % 4}`,
        ...(index % 3 === 0 ? { verdict: 'in-use', output: `line 1\nline "2", ${index}` } : {}),
        at: 1_750_000_000_000 + index * 60_000,
      }),
    );
  }
  await setNote(22, 'bastion ✓');
  await setNote(443, '=cmd|calc');
  await setPin(443, true);
  await setFeedback(22, true);
  await setFeedback(80, false);
  await setSetting('platform', 'macos');
}

/** An export with the parts that legitimately change (time, ids) taken out. */
function comparable(file: ExportFile): unknown {
  return {
    ...file,
    exportedAt: undefined,
    checks: file.checks.map(({ id: _id, ...rest }) => rest),
  };
}

describe('export → import', () => {
  test('exports every store with the format header', async () => {
    await seed();
    const file = await exportJson();
    expect(file).toMatchObject({ format: 'portwise-history', schemaVersion: 1 });
    expect(new Date(file.exportedAt).toISOString()).toBe(file.exportedAt);
    expect(
      [file.checks, file.notes, file.pins, file.feedback, file.settings].map((list) => list.length),
    ).toEqual([15, 2, 1, 2, 1]);
  });

  test('export, clear, import, export again gives the same data', async () => {
    await seed();
    const before = await exportJson();
    await clearHistory();
    const result = await importJson(JSON.stringify(before));
    expect(result).toEqual({
      checks: { added: 15, updated: 0, skipped: 0 },
      notes: { added: 2, updated: 0, skipped: 0 },
      pins: { added: 1, updated: 0, skipped: 0 },
      feedback: { added: 2, updated: 0, skipped: 0 },
      settings: { added: 0, updated: 0, skipped: 1 },
      notices: [],
    });
    expect(comparable(await exportJson())).toEqual(comparable(before));
  });

  test('importing the same file twice adds nothing the second time', async () => {
    await seed();
    const text = JSON.stringify(await exportJson());
    const again = await importJson(text);
    expect(again.checks).toEqual({ added: 0, updated: 0, skipped: 15 });
    expect(again.notes).toEqual({ added: 0, updated: 0, skipped: 2 });
    const once = await exportJson();
    await importJson(text);
    expect(comparable(await exportJson())).toEqual(comparable(once));
  });

  test('merges: newer notes, pins and feedback win; older ones are skipped', async () => {
    await seed();
    const file = await exportJson();
    const note22 = file.notes.find((note) => note.port === 22);
    const note443 = file.notes.find((note) => note.port === 443);
    if (!note22 || !note443) throw new Error('seed changed');
    const incoming: ExportFile = {
      ...file,
      checks: [aCheck({ port: 9, at: 5 }), ...file.checks],
      notes: [
        { ...note22, text: 'newer', updatedAt: note22.updatedAt + 1 },
        { ...note443, text: 'older', updatedAt: note443.updatedAt - 1 },
        { port: 7, text: 'new port', updatedAt: 1 },
      ],
      pins: [],
      feedback: [{ port: 22, helpful: false, at: Date.now() + 60_000 }],
      settings: [
        { key: 'theme', value: 'dark' },
        { key: 'platform', value: 'linux' },
      ],
    };
    const result = await importJson(JSON.stringify(incoming));
    expect(result.checks).toEqual({ added: 1, updated: 0, skipped: 15 });
    expect(result.notes).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(result.feedback).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(result.settings).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(result.notices).toEqual([
      'Left out 1 setting this version of Portwise does not know: "theme".',
    ]);
    const after = await exportJson();
    expect(after.notes.map((note) => [note.port, note.text])).toEqual([
      [7, 'new port'],
      [22, 'newer'],
      [443, '=cmd|calc'],
    ]);
    expect(after.pins).toEqual(file.pins);
    expect(after.feedback.find((answer) => answer.port === 22)?.helpful).toBe(false);
    expect(after.settings).toEqual([{ key: 'platform', value: 'macos' }]);
  });

  test('duplicate checks inside one file are added once', async () => {
    const check = aCheck({ port: 1, at: 1 });
    const file = {
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: new Date().toISOString(),
      checks: [check, check, { ...check, commandId: 'other' }],
      notes: [],
      pins: [],
      feedback: [],
      settings: [],
    };
    const result = await importJson(JSON.stringify(file));
    expect(result.checks).toEqual({ added: 2, updated: 0, skipped: 1 });
  });
});

type Edit = (file: Record<string, unknown> & ExportFile) => unknown;

const at = <T>(list: T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
};

const badFiles: [string, (valid: string) => string, string][] = [
  ['a spreadsheet', () => 'port,protocol\n80,tcp', 'This looks like a spreadsheet file (CSV)'],
  [
    'damaged JSON',
    () => '{"format": portwise-history}',
    'starts like a JSON export but is damaged',
  ],
  ['empty', () => '  \n', 'The file is empty.'],
  ['an array', () => '[]', 'expected a JSON object, found a list'],
  ['truncated JSON', (valid) => valid.slice(0, Math.floor(valid.length / 2)), 'truncated JSON'],
  [
    'over 50 MB',
    () => `"${'x'.repeat(50 * 1024 * 1024)}"`,
    'The file is 50.0 MB; Portwise imports files up to 50 MB.',
  ],
  ...(
    [
      [
        'wrong format name',
        (f) => ({ ...f, format: 'other-app' }),
        '"format" is "other-app", expected "portwise-history"',
      ],
      ['no format', (f) => ({ ...f, format: undefined }), '"format" is nothing'],
      [
        'unknown version 99',
        (f) => ({ ...f, schemaVersion: 99 }),
        'newer Portwise (schema version 99); this version reads up to 1',
      ],
      ['version 0', (f) => ({ ...f, schemaVersion: 0 }), 'Unknown schema version 0.'],
      [
        'version as text',
        (f) => ({ ...f, schemaVersion: '1' }),
        'schemaVersion must be a whole number, got "1"',
      ],
      [
        'bad exportedAt',
        (f) => ({ ...f, exportedAt: 'yesterday' }),
        'exportedAt must be an ISO date, got "yesterday"',
      ],
      [
        'checks not a list',
        (f) => ({ ...f, checks: {} }),
        '"checks" must be a list, got an object',
      ],
      [
        'port 70000',
        (f) => {
          at(f.checks, 12).port = 70000;
          return f;
        },
        'checks[12]: port 70000 is outside 0–65535',
      ],
      [
        'negative date',
        (f) => {
          at(f.checks, 0).at = -5;
          return f;
        },
        'checks[0]: at -5 is not a valid date',
      ],
      [
        'NaN date (null in JSON)',
        (f) => {
          at(f.checks, 1).at = Number.NaN;
          return f;
        },
        'checks[1]: at must be a time in milliseconds since 1970, got null',
      ],
      [
        'date past year 9999',
        (f) => {
          at(f.pins, 0).pinnedAt = 1e15;
          return f;
        },
        'pins[0]: pinnedAt 1000000000000000 is not a valid date',
      ],
      [
        '100 KB note',
        (f) => {
          at(f.notes, 0).text = 'n'.repeat(102_400);
          return f;
        },
        'notes[0]: text is 102,400 characters long; the limit is 10,000',
      ],
      [
        'wrong protocol',
        (f) => {
          (at(f.checks, 3) as { protocol: string }).protocol = 'sctp';
          return f;
        },
        'checks[3]: protocol "sctp" is not "tcp" or "udp"',
      ],
      [
        'helpful as text',
        (f) => {
          (at(f.feedback, 1) as { helpful: unknown }).helpful = 'yes';
          return f;
        },
        'feedback[1]: helpful must be true or false, got "yes"',
      ],
      [
        'a record that is not an object',
        (f) => ({ ...f, notes: [...f.notes, 42] }),
        'notes[2]: expected an object, got 42',
      ],
      [
        'too many checks',
        (f) => ({ ...f, checks: Array.from({ length: 500_001 }, () => 0) }),
        '"checks" has 500,001 records; Portwise imports at most 500,000.',
      ],
    ] satisfies [string, Edit, string][]
  ).map(([name, edit, message]): [string, (valid: string) => string, string] => [
    name,
    (valid) => JSON.stringify(edit(JSON.parse(valid) as Record<string, unknown> & ExportFile)),
    message,
  ]),
];

describe('a bad import file', () => {
  test.each(badFiles)('%s: clear message, nothing changed', async (_name, makeFile, message) => {
    await seed();
    const before = await exportJson();
    const error = await importJson(makeFile(JSON.stringify(before))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems[0]).toContain(message);
    expect((error as ImportError).message).toContain(message);
    expect(comparable(await exportJson())).toEqual(comparable(before));
  });

  test('several problems are all listed, each with its place', async () => {
    await seed();
    const file = await exportJson();
    at(file.checks, 2).port = 65536;
    at(file.notes, 1).updatedAt = -1;
    const error = (await importJson(JSON.stringify(file)).catch((e: unknown) => e)) as ImportError;
    expect(error.problems).toEqual([
      'checks[2]: port 65536 is outside 0–65535',
      'notes[1]: updatedAt -1 is not a valid date',
    ]);
    expect(error.message).toBe('checks[2]: port 65536 is outside 0–65535 (and 1 more problem)');
  });
});

describe('a file that is not a JSON export', () => {
  const chooseJson = 'choose the JSON export (portwise-history-YYYY-MM-DD.json';
  test.each<[string, () => Promise<string>, string]>([
    [
      'the CSV export',
      () => exportCsv(),
      'This is the CSV export of your checks. CSV is export-only',
    ],
    ['the CSV export with a BOM', async () => `\uFEFF${await exportCsv()}`, 'CSV is export-only'],
    ['plain text', async () => 'my ports: 22, 80', 'This looks like a spreadsheet file (CSV)'],
    ['a note', async () => 'ssh on 22\n', 'a Portwise export is JSON and starts with “{”'],
    ['a PNG image', async () => '\uFFFDPNG\r\n\u001a\n\0\0\0\rIHDR', 'it is not text'],
    [
      'JSON with a missing comma',
      async () => '{"checks": [1 2]}',
      'starts like a JSON export but is damaged',
    ],
  ])('%s: says which file to choose, never a parser error', async (_name, makeFile, message) => {
    await seed();
    const before = await exportJson();
    const text = await makeFile();
    const error = (await importJson(text).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toContain(message);
    if (!message.includes('damaged')) expect(error.message).toContain(chooseJson);
    expect(error.message).not.toMatch(/Unexpected|position|not valid JSON/);
    expect(comparable(await exportJson())).toEqual(comparable(before));
  });
});
