/**
 * Sentences the app builds outside components (search notes, import errors, history labels) come
 * from the messages in the page's language: a sentence written back as English in code fails here.
 */
import { afterEach, expect, test } from 'vitest';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';
import { parseQuery } from '../../../app/core/ports/query.ts';
import { deviceGuidance, touchGuidanceText } from '../../../app/core/platform/index.ts';
import { platformName } from '../../../app/state/check-label.ts';
import { ImportError, StorageFullError } from '../../../app/storage/errors.ts';
import { describeImport } from '../../../app/state/import-summary.ts';
import { m } from '../../../app/generated/paraglide/messages.js';
import { parseImportFile } from '../../../app/storage/validate-import.ts';
import { checkSettingValue, checkText } from '../../../app/storage/fields.ts';
import { LIMITS } from '../../../app/storage/limits.ts';

afterEach(() => setLocale('en', { reload: false }));

/** The message of what `parseQuery` found wrong, or its note. */
function said(query: string): string {
  const parsed = parseQuery(query);
  if (parsed.kind === 'invalid') return parsed.message;
  return 'note' in parsed ? (parsed.note ?? '') : '';
}

function importProblem(text: string): string {
  try {
    parseImportFile(text);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}

test('English stays as the app has always said it', () => {
  expect(said('99999')).toBe('99999 is above 65535, the highest port.');
  expect(importProblem('[1]')).toBe(
    'This is not a Portwise export: expected a JSON object, found a list.',
  );
  expect(platformName(' ')).toBe('an unknown platform');
});

test('in German', () => {
  setLocale('de', { reload: false });
  expect(said('99999')).toBe('99999 liegt über 65535, dem höchsten Port.');
  expect(said(`0x50${' '.repeat(200)}`)).toBe(
    'Nur die ersten 100 Zeichen wurden verwendet. 0x50 als Hexadezimalzahl gelesen: Port 80.',
  );
  expect(importProblem('  ')).toBe('Die Datei ist leer.');
  expect(importProblem('[1]')).toBe(
    'Das ist kein Portwise-Export: Erwartet wurde ein JSON-Objekt, gefunden: eine Liste.',
  );
  expect(platformName(' ')).toBe('einer unbekannten Plattform');
  expect(deviceGuidance('ios')).toMatch(/^iPhones haben kein Terminal/);
});

test('in Japanese, sentences joined without a space', () => {
  setLocale('ja', { reload: false });
  expect(said('99999')).toBe('99999 は最大のポート番号 65535 を超えています。');
  expect(said(`0x50${' '.repeat(200)}`)).toBe(
    '最初の 100 文字だけを使いました。0x50 を 16 進数として読み取りました: ポート 80。',
  );
  expect(importProblem('  ')).toBe('ファイルが空です。');
  expect(touchGuidanceText()).toMatch(/^スマートフォンやタブレット/);
});

const counted = { added: 2, updated: 1, skipped: 3 };
const none = { added: 0, updated: 0, skipped: 0 };
const imported = {
  checks: counted,
  notes: none,
  pins: { added: 0, updated: 0, skipped: 1 },
  feedback: none,
  settings: none,
};

test("an import's summary is said in the page's language", () => {
  setLocale('de', { reload: false });
  expect(describeImport('h.json', imported)).toBe(
    'h.json importiert. Prüfungen: 2 hinzugefügt, 1 aktualisiert (in der Datei neuer), 3 schon in deinem Verlauf. Pins: 0 hinzugefügt, 1 unverändert (schon angeheftet).',
  );
  setLocale('ja', { reload: false });
  expect(describeImport('h.json', imported)).toBe(
    'h.json をインポートしました。チェック: 2 件追加、1 件更新（ファイルの方が新しい）、3 件はすでに履歴にあります。ピン: 0 件追加、1 件は変更なし（ピン留め済み）。',
  );
});

test("storage's own notices are said in the page's language", () => {
  setLocale('fr', { reload: false });
  expect(new StorageFullError().message).toMatch(/^Le stockage est plein/);
  expect(m.pg_storage_timeout({ count: 2 })).toMatch(/en 2 secondes, donc l’historique/);
  setLocale('zh', { reload: false });
  expect(m.pg_storage_unsupported()).toMatch(/^此浏览器不提供 IndexedDB/);
});

test("a bad record in an import file is named in the page's language", () => {
  const file = (checks: unknown[], notes: unknown[] = []) =>
    JSON.stringify({
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: new Date(0).toISOString(),
      checks,
      notes,
      pins: [],
      feedback: [],
      settings: [],
    });
  const check = { port: 70000, protocol: 'tcp', platform: 'linux', kind: 'view', at: 1 };
  expect(importProblem(file([check]))).toBe('checks[0]: port 70000 is outside 0–65535');
  setLocale('de', { reload: false });
  expect(importProblem(file([check]))).toBe('checks[0]: Port 70000 liegt außerhalb von 0–65535');
  setLocale('ja', { reload: false });
  expect(importProblem(file([{ ...check, port: 22, protocol: 'quic' }]))).toBe(
    'checks[0]: プロトコル "quic" は「tcp」でも「udp」でもありません',
  );
});

test('the history counts agree in number and number format with the import summary', () => {
  // English said "1 port, 1 checks." and "2 ports, 100001 checks." while the import summary
  // beside it said "100,000 added".
  expect(m.pg_history_count({ ports: 1, checks: 1 })).toBe('1 port, 1 check.');
  expect(m.pg_history_count({ ports: 1, checks: 2 })).toBe('1 port, 2 checks.');
  expect(m.pg_history_count({ ports: 12345, checks: 100001 })).toBe(
    '12,345 ports, 100,001 checks.',
  );
  expect(m.cmp_history_checks({ count: 100000, when: 'now' })).toBe('100,000 checks · last now');
  setLocale('de', { reload: false });
  expect(m.pg_history_count({ ports: 12345, checks: 100001 })).toBe(
    '12.345 Ports, 100.001 Prüfungen.',
  );
});

test("a field's length and its limit are written in the page's number format", () => {
  const long = 'x'.repeat(12_345);
  expect(checkText('note', long, 10_000)).toBe(
    'note is 12,345 characters long; the limit is 10,000',
  );
  setLocale('de', { reload: false });
  expect(checkText('note', long, 10_000)).toBe(
    'note ist 12.345 Zeichen lang; die Grenze ist 10.000',
  );
  const setting = checkSettingValue('y'.repeat(LIMITS.settingValueChars));
  expect(setting).toBe(
    `value ist als JSON ${(LIMITS.settingValueChars + 2).toLocaleString('de')} Zeichen lang; die Grenze ist ${LIMITS.settingValueChars.toLocaleString('de')}`,
  );
});
