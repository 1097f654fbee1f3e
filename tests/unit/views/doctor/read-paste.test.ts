/** What the doctor page makes of a paste: nothing, output for the reader, or an error to diagnose. */
import { describe, expect, test } from 'vitest';
import { MAX_PASTE, readPaste } from '../../../../app/views/doctor/read-paste.ts';
import type { Reading } from '../../../../app/views/doctor/read-paste.ts';
import { SOURCE_NAMES, commandHeading } from '../../../../app/views/doctor/labels.ts';

const NODE = 'Error: listen EADDRINUSE: address already in use :::3000';
const SS_HEADER = 'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess';
const SS_NODE =
  'LISTEN 0      511          0.0.0.0:3000       0.0.0.0:*    users:(("node",pid=4321,fd=20))';
const SS_RESOLVED =
  'LISTEN 0      4096   127.0.0.53%lo:53         0.0.0.0:*    users:(("systemd-resolve",pid=612,fd=14))';

function asError(reading: Reading) {
  if (reading.kind !== 'error') throw new Error(`expected an error reading, got ${reading.kind}`);
  return reading;
}
function asOutput(reading: Reading) {
  if (reading.kind !== 'output') throw new Error(`expected an output reading, got ${reading.kind}`);
  return reading;
}

describe('readPaste', () => {
  test.each(['', '   ', '\n\t\n'])('nothing to read in %j', (text) => {
    expect(readPaste(text, { platform: 'linux' })).toEqual({ kind: 'empty' });
  });

  test('an error message goes to the doctor, with commands for the platform', () => {
    const r = asError(readPaste(NODE, { platform: 'linux' }));
    expect(r.diagnosis.cause).toBe('in-use');
    expect(r.diagnosis.port).toBe(3000);
    expect(r.advice.commands[0]?.text).toBe("sudo ss -ltnp 'sport = :3000'");
    expect(r.portGiven).toBe(false);
    expect(r.truncated).toBe(false);
  });

  test('on a Mac, 5000 in use is AirPlay Receiver', () => {
    const r = asError(readPaste(NODE.replace('3000', '5000'), { platform: 'macos' }));
    expect(r.advice.cause).toBe('airplay');
    expect(r.advice.commands.every((c) => c.spec.platform === 'macos')).toBe(true);
  });

  test('a port the user gives fills in the commands only where the text names none', () => {
    const portless = asError(
      readPaste('OSError: [Errno 98] Address already in use', { platform: 'linux', port: 8000 }),
    );
    expect(portless.portGiven).toBe(true);
    expect(portless.diagnosis.port).toBeNull();
    expect(portless.advice.port).toBe(8000);
    expect(portless.advice.commands[0]?.text).toContain(':8000');
    const named = asError(readPaste(NODE, { platform: 'linux', port: 8000 }));
    expect(named.portGiven).toBe(false);
    expect(named.advice.port).toBe(3000);
  });

  test('gibberish is an honest unknown with no commands until a port is given', () => {
    const r = asError(readPaste('the frobnicator went sideways', { platform: 'linux' }));
    expect(r.advice.cause).toBe('unknown');
    expect(r.advice.commands).toEqual([]);
    expect(r.advice.commandIds.length).toBeGreaterThan(0);
    const given = asError(
      readPaste('the frobnicator went sideways', { platform: 'linux', port: 1 }),
    );
    expect(given.advice.commands.length).toBe(given.advice.commandIds.length);
  });

  test('command output goes to the reader, for the one port it shows', () => {
    const r = asOutput(readPaste(`${SS_HEADER}\n${SS_NODE}`, { platform: 'linux' }));
    expect(r.tool).toBe('ss');
    expect(r.port).toBe(3000);
    expect(r.portFrom).toBe('output');
    expect(r.answer?.verdict.kind).toBe('listening');
    expect(r.answer?.verdict.pid).toBe(4321);
  });

  test('output of several ports waits for the user to say which', () => {
    const text = `${SS_HEADER}\n${SS_NODE}\n${SS_RESOLVED}`;
    const r = asOutput(readPaste(text, { platform: 'linux' }));
    expect(r.port).toBeNull();
    expect(r.portFrom).toBeNull();
    expect(r.answer).toBeNull();
    const given = asOutput(readPaste(text, { platform: 'linux', port: 53 }));
    expect(given.portFrom).toBe('given');
    expect(given.answer?.verdict.process).toBe('systemd-resolve');
  });

  test('the port a pasted command line asked about wins over the rows', () => {
    const text = `$ sudo ss -ltnp 'sport = :8080'\n${SS_HEADER}\n`;
    const r = asOutput(readPaste(text, { platform: 'linux' }));
    expect(r.port).toBe(8080);
    expect(r.answer?.verdict.kind).not.toBe('listening');
  });

  test('Windows netstat output keeps Windows stop commands whatever the picker says', () => {
    const text = '  TCP    0.0.0.0:3000           0.0.0.0:0              LISTENING       15232';
    const r = asOutput(readPaste(text, { platform: 'linux' }));
    expect(r.tool).toBe('netstat-windows');
    expect(r.answer?.platform).toBe('windows');
  });

  test('more than 1 MB is cut to the first MB, which is still read', () => {
    const big = `${NODE}\n${'x'.repeat(MAX_PASTE)}`;
    const r = asError(readPaste(big, { platform: 'linux' }));
    expect(r.truncated).toBe(true);
    expect(r.diagnosis.port).toBe(3000);
    expect(asError(readPaste(NODE, { platform: 'linux' })).truncated).toBe(false);
  });
});

describe('labels', () => {
  test('every program the doctor recognises has a name', () => {
    for (const name of Object.values(SOURCE_NAMES)) expect(name.length).toBeGreaterThan(1);
  });
  test('command headings name the port, and the server for a refused connection', () => {
    expect(commandHeading('listener', 'in-use', 3000)).toBe('Which program holds port 3000');
    expect(commandHeading('listener', 'refused', 5432)).toBe(
      'Is anything listening on port 5432? Run this on the server',
    );
    expect(commandHeading('listener', 'unknown', null)).toBe('Which program holds the port');
  });
});
