/** Edge cases of diagnose: what the table of real messages does not pin down. */
import { describe, expect, it } from 'vitest';
import { diagnose, looksLikeCommandOutput } from '../../../../app/core/doctor/index.ts';

describe('diagnose: which port', () => {
  it('picks the port of the bind error when a message names two', () => {
    const d = diagnose(
      'Server listening on http://localhost:3000\nError: listen EADDRINUSE: address already in use :::5000',
    );
    expect(d).toMatchObject({ cause: 'in-use', port: 5000, address: '::' });
  });

  it('ignores the client end Node prints as “Local (…)”', () => {
    const d = diagnose('Error: connect ECONNREFUSED 10.1.2.3:8080 - Local (10.1.2.4:51000)');
    expect(d).toMatchObject({ cause: 'refused', port: 8080, address: '10.1.2.3', side: 'connect' });
  });

  it('reads IPv6 addresses in brackets, with a zone', () => {
    expect(diagnose('bind() to [::1]:8080 failed (98: Address already in use)')).toMatchObject({
      port: 8080,
      address: '::1',
      source: 'nginx',
    });
    expect(diagnose('listen tcp [fe80::1%eth0]:9000: bind: address already in use')).toMatchObject({
      port: 9000,
      address: 'fe80::1%eth0',
    });
  });

  it('gives null for a port when the message names only an errno', () => {
    const d = diagnose('OSError: [Errno 48] Address already in use');
    expect(d).toMatchObject({ cause: 'in-use', port: null, address: null });
    expect(d.errno).toEqual({ name: 'EADDRINUSE', number: 48, anchor: 'number' });
    expect([...d.platforms].sort()).toEqual(['freebsd', 'macos']);
  });

  it('does not take an unrelated URL elsewhere in the log for the failed port', () => {
    const d = diagnose(
      'App ready at http://localhost:4000/\nOSError: [Errno 98] Address already in use',
    );
    expect(d.port).toBeNull();
  });
});

describe('diagnose: which cause', () => {
  it('reads a bare errno number in parentheses', () => {
    expect(diagnose('bind() failed. (98)')).toMatchObject({
      cause: 'in-use',
      platforms: ['linux'],
    });
  });

  it('reads Winsock names as Windows', () => {
    const d = diagnose('connect failed: WSAECONNREFUSED');
    expect(d).toMatchObject({ cause: 'refused', platforms: ['windows'], source: 'windows' });
  });

  it('lets the system message beat a program’s hint', () => {
    const d = diagnose(
      'LOG:  could not bind IPv4 socket: Cannot assign requested address\nHINT:  Is another postmaster already running on port 5432?',
    );
    expect(d.cause).toBe('addr-not-available');
  });

  it('does not read a file permission error as a socket error', () => {
    const d = diagnose("Error: EACCES: permission denied, open '/var/log/app.log'");
    expect(d.cause).toBe('unknown');
    expect(d.errno?.name).toBe('EACCES');
  });

  it('says AirPlay on a Mac only when the text does not name another system', () => {
    const text = 'Error: listen EADDRINUSE: address already in use :::7000';
    expect(diagnose(text).cause).toBe('in-use');
    expect(diagnose(text, { platform: 'macos' })).toMatchObject({
      cause: 'airplay',
      confidence: 'medium',
    });
    expect(diagnose(text, { platform: 'linux' }).cause).toBe('in-use');
    expect(
      diagnose('OSError: [Errno 98] Address already in use: 5000', { platform: 'macos' }).cause,
    ).toBe('in-use');
  });

  it('reads UDP when the text says so', () => {
    expect(diagnose('listen udp 0.0.0.0:53: bind: address already in use')).toMatchObject({
      protocol: 'udp',
      port: 53,
      source: 'go',
    });
  });

  it('keeps the evidence in text order', () => {
    const d = diagnose('Error: listen EADDRINUSE: address already in use 127.0.0.1:3000');
    const offsets = d.evidence.map((e) => e.at);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(d.evidence.map((e) => e.kind)).toContain('errno-name');
  });
});

describe('diagnose: junk', () => {
  it('answers unknown for an empty string', () => {
    expect(diagnose('')).toEqual({
      cause: 'unknown',
      source: null,
      errno: null,
      platforms: [],
      port: null,
      address: null,
      protocol: null,
      side: null,
      confidence: 'low',
      evidence: [],
    });
  });

  it('survives 1 MB of junk, and still finds an error at its end', () => {
    const junk = 'x7:(a[b]c)=~ 12.3:45 '.repeat(50_000);
    expect(junk.length).toBeGreaterThan(1_000_000);
    expect(diagnose(junk).cause).toBe('unknown');
    const d = diagnose(`${junk}\nError: listen EADDRINUSE: address already in use :::3000`);
    expect(d).toMatchObject({ cause: 'in-use', port: 3000 });
  });

  it('survives one 1 MB line without spaces', () => {
    expect(() => diagnose(':'.repeat(1 << 20))).not.toThrow();
    expect(() => diagnose('listening socket ' + 'a'.repeat(1 << 20))).not.toThrow();
  });
});

describe('looksLikeCommandOutput', () => {
  it('recognises command output with the reader’s detection', () => {
    const ss =
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\nLISTEN 0 511 0.0.0.0:80 0.0.0.0:*';
    expect(looksLikeCommandOutput(ss)).toBe('ss');
  });

  it('returns null for an error message', () => {
    expect(
      looksLikeCommandOutput('Error: listen EADDRINUSE: address already in use :::3000'),
    ).toBeNull();
    expect(looksLikeCommandOutput('')).toBeNull();
  });
});
