/**
 * Verdicts that use what Portwise knows about the holder: pasted outputs in the shapes the tools
 * print (lsof's 9-character COMMAND, ss users:(…), netstat -ano, the catalogue's PowerShell
 * columns) that name a system part get what it is and what frees the port, never a kill command.
 */
import { describe, expect, test } from 'vitest';
import { HOLDER_TEXT, identifyHolder, readAnswer } from '../../../../app/core/output/index.ts';
import type { HolderKind } from '../../../../app/core/output/index.ts';
import type { PlatformId } from '../../../../app/core/platform/platform-ids.ts';

const LSOF_HEAD = 'COMMAND     PID USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME';
const SS_HEAD = 'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process';
const PS_HEAD =
  '\nLocalAddress LocalPort OwningProcess ProcessName\n------------ --------- ------------- -----------\n';

const lsof = (name: string, pid: number, port: number) =>
  `${LSOF_HEAD}\n${name.padEnd(9)} ${String(pid).padStart(5)} dev   10u  IPv4 0x5c1a9d2b7e3f4a01      0t0  TCP *:${port} (LISTEN)\n` +
  `${name.padEnd(9)} ${String(pid).padStart(5)} dev   11u  IPv6 0x5c1a9d2b7e3f4a02      0t0  TCP *:${port} (LISTEN)`;
const ss = (name: string, pid: number, port: number) =>
  `${SS_HEAD}\nLISTEN 0      4096         0.0.0.0:${port}      0.0.0.0:*     users:(("${name}",pid=${pid},fd=4))`;
const ps = (name: string, pid: number, port: number) =>
  `${PS_HEAD}0.0.0.0      ${String(port).padStart(9)} ${String(pid).padStart(13)} ${name}\n`;
const netstatAno = (pid: number, port: number) =>
  `\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n  TCP    0.0.0.0:${port}             0.0.0.0:0              LISTENING       ${pid}\n  TCP    [::]:${port}                [::]:0                 LISTENING       ${pid}`;

const ask = (port: number, platform: PlatformId = 'linux') => ({
  port,
  protocol: 'tcp' as const,
  platform,
});

const cases: [string, string, number, PlatformId, HolderKind, RegExp, string | undefined][] = [
  [
    'ControlCe on 5000 (lsof)',
    lsof('ControlCe', 612, 5000),
    5000,
    'macos',
    'airplay',
    /AirPlay Receiver/,
    undefined,
  ],
  [
    'ControlCe on 7000 (lsof)',
    lsof('ControlCe', 612, 7000),
    7000,
    'macos',
    'airplay',
    /AirDrop & Handoff/,
    undefined,
  ],
  [
    'System (PID 4) on 80 (netstat -ano)',
    netstatAno(4, 80),
    80,
    'linux',
    'http-sys',
    /HTTP\.sys/,
    'netsh http show servicestate',
  ],
  [
    'System on 443 (PowerShell)',
    ps('System', 4, 443),
    443,
    'windows',
    'http-sys',
    /HTTP\.sys/,
    'netsh http show servicestate',
  ],
  [
    'PID 4 on 445 (netstat -ano)',
    netstatAno(4, 445),
    445,
    'windows',
    'windows-kernel',
    /SMB/,
    'netsh http show servicestate',
  ],
  [
    'docker-proxy (ss)',
    ss('docker-proxy', 2345, 8080),
    8080,
    'linux',
    'container-proxy',
    /container/,
    'docker ps --filter publish=8080/tcp',
  ],
  [
    'com.docker.backend (lsof)',
    lsof('com.docke', 2345, 5432),
    5432,
    'macos',
    'container-proxy',
    /container/,
    'docker ps --filter publish=5432/tcp',
  ],
  [
    'com.docker.backend.exe (PowerShell)',
    ps('com.docker.backend', 9120, 3306),
    3306,
    'windows',
    'container-proxy',
    /docker stop/,
    'docker ps --filter publish=3306/tcp',
  ],
  [
    'wslrelay (PowerShell)',
    ps('wslrelay', 7788, 3000),
    3000,
    'windows',
    'wsl-relay',
    /WSL/,
    "sudo ss -ltnp 'sport = :3000'",
  ],
  [
    'systemd as PID 1 (ss)',
    ss('systemd', 1, 22),
    22,
    'linux',
    'socket-activation',
    /socket activation/,
    'systemctl list-sockets --all | awk -v port=22 \'NR == 1 { print; next } $1 ~ ":" port "$" { print; found = 1 } END { exit !found }\'',
  ],
  [
    'node as PID 1 in a container (ss)',
    ss('node', 1, 3000),
    3000,
    'linux',
    'container-init',
    /container/,
    'docker ps --filter publish=3000/tcp',
  ],
  [
    'launchd as PID 1 (lsof)',
    lsof('launchd', 1, 22),
    22,
    'macos',
    'launchd',
    /launchd/,
    'sudo lsof -nP -iTCP:22 -sTCP:LISTEN',
  ],
  [
    'svchost (PowerShell)',
    ps('svchost', 1234, 135),
    135,
    'windows',
    'windows-service',
    /services\.msc/,
    'tasklist /svc /fi "PID eq 1234"',
  ],
  ['bash (ss)', ss('bash', 777, 8080), 8080, 'linux', 'shell', /terminal/, undefined],
  ['zsh (lsof)', lsof('zsh', 778, 8080), 8080, 'macos', 'shell', /terminal/, undefined],
  ['pwsh (PowerShell)', ps('pwsh', 779, 8080), 8080, 'windows', 'shell', /terminal/, undefined],
];

describe('a system holder is explained, with what frees the port, and never offered a kill', () => {
  test.each(cases)('%s', (_name, text, port, picked, kind, words, command) => {
    const answer = readAnswer(text, ask(port, picked));
    expect(answer.verdict.kind, answer.verdict.sentence).toBe('listening');
    const stop = answer.stop;
    expect(stop?.kind).toBe('explain');
    if (stop?.kind !== 'explain') return;
    expect(stop.holder.kind).toBe(kind);
    expect(stop.holder.mayStop).toBe(false);
    expect(`${stop.title} ${stop.text}`).toMatch(words);
    expect(`${stop.title} ${stop.text}`).not.toMatch(/\{\w+\}/);
    expect(stop.command).toBe(command);
    expect(stop.holder.commandIds).toEqual(stop.holder.commands.map((c) => c.spec.id));
    for (const c of stop.holder.commands) {
      expect(c.spec.intent).not.toBe('stop-process');
      // wslrelay's first command runs inside WSL, which is Linux.
      if (kind !== 'wsl-relay') expect(c.spec.platform).toBe(answer.platform);
    }
  });

  test('AirPlay: says to turn the receiver off in System Settings, not to kill it', () => {
    const stop = readAnswer(lsof('ControlCe', 612, 5000), ask(5000, 'macos')).stop;
    expect(stop?.kind === 'explain' && stop.text).toMatch(
      /System Settings › General › AirDrop & Handoff › AirPlay Receiver/,
    );
    expect(stop?.kind === 'explain' && stop.holder.commands).toEqual([]);
  });

  test('Control Center on another port is a macOS part, not AirPlay', () => {
    const stop = readAnswer(lsof('ControlCe', 612, 49200), ask(49200, 'macos')).stop;
    expect(stop?.kind === 'explain' && stop.holder.kind).toBe('macos-system');
  });

  test('the finding commands follow the platform of the output, not the picker', () => {
    const stop = readAnswer(ps('svchost', 1234, 135), ask(135, 'macos')).stop;
    expect(stop?.kind === 'explain' && stop.holder.platform).toBe('windows');
    expect(stop?.kind === 'explain' && stop.command).toBe('tasklist /svc /fi "PID eq 1234"');
  });
});

describe('programs that may be stopped', () => {
  test('a kubectl port-forward gets the stop commands and says what it is', () => {
    const answer = readAnswer(lsof('kubectl', 4321, 8080), ask(8080, 'macos'));
    expect(answer.stop?.kind).toBe('stop');
    if (answer.stop?.kind !== 'stop') return;
    expect(answer.stop.holder?.kind).toBe('kubectl-port-forward');
    expect(answer.stop.title).toMatch(/port-forward/);
    expect(answer.stop.commands.map((c) => c.text)).toEqual(['kill 4321']);
  });

  test('an ordinary program gets stop commands for the platform of the output', () => {
    const answer = readAnswer(netstatAno(4321, 3000), ask(3000, 'linux'));
    expect(answer.platform).toBe('windows');
    expect(answer.stop?.kind).toBe('stop');
    if (answer.stop?.kind !== 'stop') return;
    expect(answer.stop.holder).toBeUndefined();
    expect(answer.stop.commands.map((c) => c.text)).toEqual([
      'taskkill /PID 4321',
      'Stop-Process -Id 4321',
    ]);
  });
});

describe('identifyHolder', () => {
  const platforms: PlatformId[] = ['linux', 'macos', 'windows', 'freebsd'];
  test.each([0, 1, 4])('PID %i is never stoppable, whatever the name and platform', (pid) => {
    for (const platform of platforms) {
      for (const name of [undefined, 'node', 'System', 'systemd', 'kubectl']) {
        const holder = identifyHolder(pid, name, platform, 8080, 'tcp');
        expect(holder?.mayStop, `${pid} ${name} ${platform}`).toBe(false);
      }
    }
  });

  test.each(['bash', '-bash', 'zsh', 'fish', 'sh', 'cmd.exe', 'powershell.exe', 'pwsh'])(
    'the shell %s is never stoppable',
    (name) => {
      for (const platform of platforms) {
        expect(identifyHolder(5555, name, platform, 8080, 'tcp')?.mayStop).toBe(false);
      }
    },
  );

  test('an ordinary program is not a holder kind', () => {
    expect(identifyHolder(4321, 'node', 'linux', 3000, 'tcp')).toBeUndefined();
    expect(identifyHolder(4321, undefined, 'windows', 3000, 'tcp')).toBeUndefined();
    expect(identifyHolder(4321, 'dockerd', 'linux', 2375, 'tcp')).toBeUndefined();
  });

  test('the UDP page gets the UDP listener command for wslrelay', () => {
    const holder = identifyHolder(7788, 'wslrelay.exe', 'windows', 5353, 'udp');
    expect(holder?.commandIds).toEqual(['linux-ss-listener-udp', 'windows-docker-ps-containers']);
  });

  test('every kind has English words with only known placeholders', () => {
    for (const words of Object.values(HOLDER_TEXT)) {
      for (const text of [words.title, words.text]) {
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
          expect(['port', 'pid', 'process']).toContain(name);
        }
      }
    }
  });
});
