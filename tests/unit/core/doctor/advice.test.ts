/** adviseFor: the right words and catalogue commands for each cause and platform. */
import { describe, expect, it } from 'vitest';
import { ADVICE_TEXT, adviseFor, diagnose } from '../../../../app/core/doctor/index.ts';
import type { DoctorCause } from '../../../../app/core/doctor/index.ts';
import { catalogue } from '../../../../app/core/commands/index.ts';

const ids = new Set(catalogue.map((spec) => spec.id));

describe('adviseFor', () => {
  it('shows who holds a port in use, rendered for the platform', () => {
    const advice = adviseFor(
      diagnose('Error: listen EADDRINUSE: address already in use :::3000'),
      'linux',
    );
    expect(advice.summary).toBe(
      'Port 3000 is already in use: another program, or an earlier copy of this one, is listening on it.',
    );
    expect(advice.commandIds).toContain('linux-ss-listener-tcp');
    expect(advice.commands.find((c) => c.spec.id === 'linux-ss-listener-tcp')?.text).toContain(
      '3000',
    );
    expect(advice.port).toBe(3000);
  });

  it('uses Windows commands for a Windows error, whatever the picker says', () => {
    const d = diagnose(
      'listen tcp :1258: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
    );
    const advice = adviseFor(d, 'macos');
    expect(advice.platform).toBe('windows');
    expect(advice.commandIds[0]).toMatch(/^windows-.*-netsh-excludedportrange$/);
    expect(advice.fixes.join(' ')).toContain('net stop winnat');
  });

  it('explains AirPlay on a Mac and lists the macOS listener command', () => {
    const advice = adviseFor(
      diagnose('Error: listen EADDRINUSE: address already in use :::5000', { platform: 'macos' }),
      'macos',
    );
    expect(advice.cause).toBe('airplay');
    expect(advice.summary).toContain('AirPlay Receiver');
    expect(advice.commandIds.every((id) => id.startsWith('macos-'))).toBe(true);
  });

  it('checks the server and the path for a refused connection', () => {
    const advice = adviseFor(diagnose('Error: connect ECONNREFUSED 10.0.0.5:5432'), 'linux');
    expect(advice.summary).toContain('10.0.0.5:5432');
    expect(advice.commandIds.some((id) => id.startsWith('remote-'))).toBe(true);
    const nc = advice.commands.find((c) => c.spec.id.startsWith('remote-nc'));
    expect(nc?.text).toContain('10.0.0.5');
  });

  it('offers no port commands for a privileged port, and setcap among the fixes', () => {
    const advice = adviseFor(
      diagnose('Error: listen EACCES: permission denied 0.0.0.0:80'),
      'linux',
    );
    expect(advice.cause).toBe('privileged');
    expect(advice.commands).toEqual([]);
    expect(advice.fixes.join(' ')).toContain('setcap');
  });

  it('says honestly that it cannot tell, and still lists the general commands', () => {
    const advice = adviseFor(diagnose('Failed to bind socket to port 80!'), 'windows');
    expect(advice.summary).toBe("I can't tell from this text why it failed.");
    expect(advice.commands.length).toBeGreaterThan(0);
  });

  it('lists ids only, unrendered, when the text named no port', () => {
    const advice = adviseFor(diagnose('OSError: [Errno 98] Address already in use'), 'linux');
    expect(advice.commandIds.length).toBeGreaterThan(0);
    expect(advice.commands).toEqual([]);
    expect(advice.summary).not.toContain('{');
  });

  it('still renders the reserved-range commands, which need no port, for a portless 10013', () => {
    // The fixes say "List the reserved ranges with the first command below": there must be one.
    const d = diagnose(
      'OSError: [WinError 10013] An attempt was made to access a socket in a way forbidden by its access permissions',
    );
    expect(d.port).toBeNull();
    const advice = adviseFor(d, 'windows');
    expect(advice.fixes[0]).toContain('first command below');
    expect(advice.commands.length).toBeGreaterThan(0);
    expect(advice.commands[0]?.spec.id).toBe(advice.commandIds[0]);
    expect(advice.commands[0]?.text).toBe('netsh int ipv4 show excludedportrange protocol=tcp');
    expect(advice.commands.every((c) => c.spec.intent === 'excluded-ranges')).toBe(true);
  });

  it('names only catalogue commands, and fills every placeholder, for every table cause', () => {
    const causes = Object.keys(ADVICE_TEXT) as DoctorCause[];
    for (const cause of causes) {
      for (const platform of ['linux', 'macos', 'windows', 'freebsd'] as const) {
        const base = diagnose('');
        const advice = adviseFor({ ...base, cause, port: 8080, address: '192.0.2.1' }, platform);
        for (const id of advice.commandIds) expect(ids.has(id)).toBe(true);
        for (const line of [advice.summary, ...advice.explanation, ...advice.fixes]) {
          expect(line).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});
