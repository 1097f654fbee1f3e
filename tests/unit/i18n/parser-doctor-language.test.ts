/**
 * The output reader's notes and the doctor page's labels are messages: they follow the page's
 * language, read when they are made (not frozen at load), so English left in the code fails here.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';
import { parseOutput } from '../../../app/core/output/index.ts';
import { diagnose } from '../../../app/core/doctor/index.ts';
import {
  CONFIDENCE_NAMES,
  EVIDENCE_NAMES,
  SOURCE_NAMES,
  commandHeading,
} from '../../../app/views/doctor/labels.ts';

afterEach(() => setLocale('en', { reload: false }));

const FUSER = '8080/tcp:             4321\n';
const ROUTES = 'Kernel IP routing table\nDestination     Gateway         Genmask\n';
const LSOF_WARNING = "lsof: WARNING: can't stat() fuse.gvfsd-fuse file system /run/user/1000/gvfs";
const LSOF = [
  LSOF_WARNING,
  'COMMAND  PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME',
  'node    4321 me     23u  IPv4  12345      0t0  TCP *:8080 (LISTEN)',
].join('\n');

describe('parser notes', () => {
  test('English is the default, word for word', () => {
    expect(parseOutput(FUSER).notes).toContain(
      'Run fuser with -v to see the user and command of each PID',
    );
    expect(parseOutput(ROUTES).notes).toEqual([
      'This is a routing table (netstat -r), not a list of sockets',
    ]);
  });

  test('German', () => {
    setLocale('de', { reload: false });
    expect(parseOutput(FUSER).notes).toContain(
      'Führe fuser mit -v aus, um Benutzer und Befehl jeder PID zu sehen',
    );
    expect(parseOutput(ROUTES).notes).toEqual([
      'Das ist eine Routing-Tabelle (netstat -r), keine Liste von Sockets',
    ]);
  });

  test('Japanese, with the quoted line of the paste left as it is', () => {
    setLocale('ja', { reload: false });
    expect(parseOutput(FUSER).notes).toContain(
      '各 PID のユーザーとコマンドを見るには、fuser を -v 付きで実行してください',
    );
    expect(parseOutput(LSOF).notes).toContain(`lsof のメッセージ: ${LSOF_WARNING}`);
  });
});

describe('doctor labels', () => {
  const diagnosis = diagnose('Error: listen EADDRINUSE: address already in use :::3000');

  test('English is the default, word for word', () => {
    expect(EVIDENCE_NAMES['errno-name']).toBe('Error code');
    expect(CONFIDENCE_NAMES[diagnosis.confidence]).toBe('Sure: the text carries an error code');
    expect(commandHeading('listener', 'in-use', 3000)).toBe('Which program holds port 3000');
    expect(SOURCE_NAMES.php).toBe("PHP's built-in server");
  });

  test('German, read at use time', () => {
    setLocale('de', { reload: false });
    expect(EVIDENCE_NAMES['errno-name']).toBe('Fehlercode');
    expect(CONFIDENCE_NAMES[diagnosis.confidence]).toBe(
      'Sicher: Der Text enthält einen Fehlercode',
    );
    expect(commandHeading('listener', 'in-use', 3000)).toBe('Welches Programm Port 3000 belegt');
    expect(commandHeading('excluded-ranges', 'windows-excluded', null)).toBe(
      'Von Windows reservierte Portbereiche',
    );
    expect(SOURCE_NAMES.php).toBe('Eingebauter Server von PHP');
    expect(SOURCE_NAMES.node).toBe('Node.js');
  });

  test('Japanese, read at use time', () => {
    setLocale('ja', { reload: false });
    expect(diagnosis.evidence.map((e) => EVIDENCE_NAMES[e.kind])).toContain('エラーコード');
    expect(CONFIDENCE_NAMES.low).toBe('不確か: 手がかりしかありません');
    expect(commandHeading('listener', 'refused', 5432)).toBe(
      'ポート 5432 で何かが待ち受けているか？ サーバー上で実行してください',
    );
    expect(Object.keys(EVIDENCE_NAMES)).toContain('platform-hint');
  });
});
