/**
 * The review's verdicts that misled or broke (issue 11, items 1–11), each as the text that
 * reproduced it: a held port is never called free, and the reader never throws.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readAnswer } from '../../../../app/core/output/index.ts';
import type { AnswerQuestion } from '../../../../app/core/output/index.ts';

const tcp = (port: number, platform: AnswerQuestion['platform'] = 'linux'): AnswerQuestion => ({
  port,
  protocol: 'tcp',
  platform,
});
const udp = (port: number, platform: AnswerQuestion['platform'] = 'linux'): AnswerQuestion => ({
  port,
  protocol: 'udp',
  platform,
});

describe('1. our own PowerShell listener command', () => {
  const text = `PS C:\\> Get-NetTCPConnection -LocalPort 3000 -State Listen -ErrorAction SilentlyContinue | Select-Object LocalAddress, LocalPort, OwningProcess, @{Name='ProcessName'; Expression={(Get-Process -Id $_.OwningProcess).ProcessName}}

LocalAddress LocalPort OwningProcess ProcessName
------------ --------- ------------- -----------
::                3000         15232 node
`;
  test('reads as a TCP listener on a TCP page, prompt or not', () => {
    for (const paste of [text, text.split('\n').slice(1).join('\n')]) {
      const { verdict } = readAnswer(paste, tcp(3000, 'windows'));
      expect(verdict.kind).toBe('listening');
      expect(verdict.pid).toBe(15232);
      expect(verdict.sentence).toBe('Listening: node (PID 15232) on [::]:3000/tcp');
    }
  });
});

describe('2. translated Windows netstat states', () => {
  const spanish = `
Conexiones activas

  Proto  Dirección local          Dirección remota        Estado           PID
  TCP    0.0.0.0:3000           0.0.0.0:0              ESCUCHANDO       15232
  TCP    127.0.0.1:3000         127.0.0.1:50123        ESTABLECIDO      15232
  TCP    127.0.0.1:50123        127.0.0.1:3000         ESTABLECIDO      9020
`;
  test('Spanish ESCUCHANDO is a listener and keeps its PID', () => {
    const { verdict } = readAnswer(spanish, tcp(3000, 'windows'));
    expect(verdict.kind).toBe('listening');
    expect(verdict.pid).toBe(15232);
  });
  test.each([
    ['a two-word state (Italian)', 'IN ASCOLTO'],
    ['a state word no table knows', 'NASŁUCHIWANIE'],
  ])('%s: a TCP row whose foreign port is 0 listens, and the PID is kept', (_name, state) => {
    const text = `  TCP    0.0.0.0:3000           0.0.0.0:0              ${state}       15232`;
    const { verdict, parsed } = readAnswer(text, tcp(3000, 'windows'));
    expect(parsed.tool).toBe('netstat-windows');
    expect(verdict.kind).toBe('listening');
    expect(verdict.pid).toBe(15232);
  });
  test('a translated established connection is not a listener', () => {
    const text = '  TCP    10.0.0.5:51000         93.184.215.14:443      ESTABLECIDO      812';
    expect(readAnswer(text, tcp(51000, 'windows')).verdict.kind).toBe('connections-only');
  });
});

describe('3–5. remote checks say what a failure really means', () => {
  test.each([
    'nc: connect to db.example port 5432 (tcp) failed: No route to host',
    'nc: connect to db.example port 5432 (tcp) failed: Network is unreachable',
    'nc: connect to db.example port 5432 (tcp) failed: Permission denied',
    'nc: connectx to db.example port 5432 (tcp) failed: Host is down',
  ])('%s: never reached, not closed', (text) => {
    const { verdict } = readAnswer(text, tcp(5432));
    expect(verdict.kind).toBe('unreachable-remote');
    expect(verdict.sentence).toMatch(/was never reached/);
    expect(verdict.sentence).not.toMatch(/nothing listens/);
  });

  test('a refusal is closed, and says a firewall can look the same', () => {
    const { verdict } = readAnswer(
      'nc: connect to db.example port 5432 (tcp) failed: Connection refused',
      tcp(5432),
    );
    expect(verdict.kind).toBe('closed-remote');
    expect(verdict.sentence).toMatch(/unless a firewall rejects it/);
  });

  test('Test-NetConnection False does not claim nothing listens', () => {
    const text = `WARNING: TCP connect to (10.0.0.9 : 5432) failed
ComputerName           : db.example
RemoteAddress          : 10.0.0.9
RemotePort             : 5432
InterfaceAlias         : Ethernet
SourceAddress          : 10.0.0.5
PingSucceeded          : True
TcpTestSucceeded       : False
`;
    const { verdict } = readAnswer(text, tcp(5432, 'windows'));
    expect(verdict.kind).toBe('inconclusive');
    expect(verdict.sentence).toMatch(/a firewall blocks it/);
    expect(verdict.sentence).toMatch(/does not say which/);
  });

  test("4. macOS nc's connectx message is read", () => {
    const { parsed, verdict } = readAnswer(
      'nc: connectx to localhost port 8080 (tcp) failed: Connection refused',
      tcp(8080, 'macos'),
    );
    expect(parsed.tool).toBe('nc');
    expect(verdict.kind).toBe('closed-remote');
  });

  test('5. a successful nc -u is open or filtered, not open', () => {
    const { verdict } = readAnswer(
      'Connection to 10.0.0.9 53 port [udp/domain] succeeded!',
      udp(53),
    );
    expect(verdict.kind).toBe('filtered-remote');
    expect(verdict.sentence).toMatch(/may be open or filtered/);
  });
});

describe('6. nmap localhost scans IPv4 only', () => {
  const v4Closed = `Starting Nmap 7.93 ( https://nmap.org ) at 2026-12-04 15:00 UTC
Nmap scan report for localhost (127.0.0.1)
Host is up (0.000060s latency).
Other addresses for localhost (not scanned): ::1

PORT     STATE  SERVICE
8080/tcp closed http-proxy
`;
  const v6 = (state: string) => `Nmap scan report for localhost (::1)
Host is up (0.000050s latency).

PORT     STATE  SERVICE
8080/tcp ${state} http-proxy
`;
  test('closed on 127.0.0.1 with ::1 unscanned is not "closed"', () => {
    const { verdict } = readAnswer(v4Closed, tcp(8080));
    expect(verdict.kind).toBe('inconclusive');
    expect(verdict.sentence).toMatch(/::1 was not scanned/);
    expect(verdict.warnings.join(' ')).toMatch(/nmap -6 -p 8080 localhost/);
  });
  test('our dual-stack command: ::1 scanned too', () => {
    expect(readAnswer(`${v4Closed}\n${v6('closed')}`, tcp(8080)).verdict.kind).toBe(
      'closed-remote',
    );
    expect(readAnswer(`${v4Closed}\n${v6('open')}`, tcp(8080)).verdict.kind).toBe('open-remote');
  });
});

describe('the same class: a bound socket holds the port without listening', () => {
  test('PowerShell Bound and netstat -q BOUND are held, never "only the local end"', () => {
    const ps = `
LocalAddress LocalPort RemoteAddress RemotePort State OwningProcess
------------ --------- ------------- ---------- ----- -------------
0.0.0.0           5000 0.0.0.0                0 Bound          7120
`;
    const netstat = '  TCP    0.0.0.0:5000           0.0.0.0:0              BOUND           7120';
    for (const text of [ps, netstat]) {
      const { verdict } = readAnswer(text, tcp(5000, 'windows'));
      expect(verdict.sentence).toBe(
        'Port 5000 is held by PID 7120: bound but not listening, which still stops other programs from binding it',
      );
    }
  });
});

describe('7. a loopback connection to the port proves a listener', () => {
  test.each([
    [
      'IPv4-mapped, ss',
      'ESTAB 0      0      [::ffff:127.0.0.1]:51234 [::ffff:127.0.0.1]:8080 users:(("java",pid=900,fd=5))',
    ],
    [
      'lsof without sudo',
      'COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME\ncurl    900 dev  5u IPv4  31337      0t0  TCP 127.0.0.1:51234->127.0.0.1:8080 (ESTABLISHED)',
    ],
  ])('%s', (_name, text) => {
    const { verdict } = readAnswer(text, tcp(8080));
    expect(verdict.kind).toBe('listener-hidden');
    expect(verdict.sentence).toMatch(/Something on this machine listens on port 8080/);
  });
});

describe('8. the headline carries the uncertainty', () => {
  test('an empty lsof paste is unverified, not free', () => {
    const { verdict } = readAnswer('', { ...tcp(8080), hint: 'lsof' });
    expect(verdict.kind).toBe('unverified');
    expect(verdict.sentence).not.toMatch(/^Nothing/);
  });
  test('the same empty output after sudo is proof', () => {
    const { verdict } = readAnswer('$ sudo lsof -nP -iTCP:8080 -sTCP:LISTEN\n', {
      ...tcp(8080),
      hint: 'lsof',
    });
    expect(verdict.kind).toBe('nothing');
  });
  test('lsof without sudo listing other ports is unverified', () => {
    const text =
      'COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME\nnode 4321 dev 20u IPv4 31337 0t0 TCP *:3000 (LISTEN)\nnode 4322 dev 20u IPv4 31338 0t0 TCP *:5173 (LISTEN)';
    expect(readAnswer(text, tcp(8080)).verdict.kind).toBe('unverified');
  });
  test('a lone ss line for :3000 on the page for 47123 is about another port', () => {
    const text =
      'LISTEN 0      511          0.0.0.0:3000       0.0.0.0:*     users:(("node",pid=4321,fd=20))';
    const { verdict } = readAnswer(text, tcp(47123));
    expect(verdict.kind).toBe('wrong-port');
    expect(verdict.sentence).toMatch(/about port 3000, not 47123/);
  });
});

describe('9. stop commands and hints follow the output, not the picker', () => {
  test('Windows output on a Linux page offers taskkill and Stop-Process', () => {
    const answer = readAnswer(
      '  TCP    0.0.0.0:3000           0.0.0.0:0              LISTENING       15232',
      tcp(3000, 'linux'),
    );
    expect(answer.platform).toBe('windows');
    expect(answer.stop?.kind === 'stop' && answer.stop.commands.map((c) => c.text)).toEqual([
      'taskkill /PID 15232',
      'Stop-Process -Id 15232',
    ]);
  });
  const macUdp = `Active Internet connections (including servers)
Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)
udp4       0      0  *.5353                 *.*`;
  test.each([
    ['macos', 'sudo lsof -nP -iUDP:5353'],
    ['freebsd', 'sudo sockstat -46 -P udp -p 5353'],
  ] as const)('a BSD netstat without a process column on %s names %s', (platform, command) => {
    const { verdict } = readAnswer(macUdp, udp(5353, platform));
    expect(verdict.kind).toBe('listening');
    expect(verdict.warnings.join(' ')).toContain(command);
  });
  test('ss without -p on a UDP page names the UDP listener command', () => {
    const { verdict } = readAnswer(
      'UNCONN 0      0            0.0.0.0:5353       0.0.0.0:*',
      udp(5353),
    );
    expect(verdict.warnings.join(' ')).toContain("sudo ss -lunp 'sport = :5353'");
  });
});

describe('10–11. PIDs the reader must not trip on or offer to stop', () => {
  const forms = (pid: string) => [
    `LISTEN 0 511 0.0.0.0:8080 0.0.0.0:* users:(("node",pid=${pid},fd=20))`,
    `COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME\nnode ${pid} dev 20u IPv4 31337 0t0 TCP *:8080 (LISTEN)`,
    `  TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       ${pid}`,
    `Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address Foreign Address State PID/Program name\ntcp 0 0 0.0.0.0:8080 0.0.0.0:* LISTEN ${pid}/node`,
    `\nLocalAddress LocalPort OwningProcess ProcessName\n------------ --------- ------------- -----------\n0.0.0.0           8080 ${pid.padStart(13)} node\n`,
  ];
  test.each(['0', '1', '4', '4294967295', '4294967296', '99999999999'])(
    'PID %s in ss, lsof, netstat and PowerShell form gives a verdict',
    (pid) => {
      for (const text of forms(pid)) {
        const answer = readAnswer(text, tcp(8080));
        expect(answer.verdict.kind, text).toBe('listening');
        expect(answer.verdict.sentence).toMatch(/^Listening/);
        if (Number(pid) > 4294967295) expect(answer.verdict.pid).toBeUndefined();
        if (['0', '1', '4'].includes(pid)) {
          expect(answer.stop?.kind, text).toBe('explain');
        }
      }
    },
  );
  test('PID 4 on Windows points at HTTP.sys; PID 1 on Linux at socket activation', () => {
    const windows = readAnswer(forms('4')[2] as string, tcp(8080, 'windows')).stop;
    expect(windows?.kind === 'explain' && windows.command).toBe('netsh http show servicestate');
    const systemd = forms('1')[0]?.replace('"node"', '"systemd"') ?? '';
    const linux = readAnswer(systemd, tcp(8080, 'linux')).stop;
    expect(linux?.kind === 'explain' && linux.text).toMatch(/socket activation/);
    // A program other than systemd as PID 1 means the output came from inside a container.
    const container = readAnswer(forms('1')[0] as string, tcp(8080, 'linux')).stop;
    expect(container?.kind === 'explain' && container.text).toMatch(/container/);
  });
});

describe('10. the reader never throws, whatever is pasted', () => {
  const seeds = [
    'LISTEN 0 511 0.0.0.0:8080 0.0.0.0:* users:(("node",pid=4321,fd=20))',
    'node 4321 dev 20u IPv4 31337 0t0 TCP *:8080 (LISTEN)',
    '  TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       4321',
    'tcp 0 0 0.0.0.0:8080 0.0.0.0:* LISTEN 4321/node',
    'www node 4321 20 tcp4 *:8080 *:*',
    'LocalAddress LocalPort OwningProcess\n------------ --------- -------------\n0.0.0.0 8080 4321',
    '8080/tcp:            dev        4321 F.... node',
    'Nmap scan report for localhost (127.0.0.1)\nPORT STATE SERVICE\n8080/tcp open http',
    'nc: connect to h port 8080 (tcp) failed: Connection refused',
  ];
  const numbers = fc.oneof(
    fc.constantFrom('0', '1', '4', '4294967295', '4294967296', '99999999999', '65536', '-1'),
    fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String),
  );
  test('mutated real outputs and random text always give a verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(numbers, { minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 20 }),
        fc.constantFrom('linux', 'macos', 'windows', 'freebsd'),
        fc.constantFrom('tcp', 'udp'),
        fc.integer({ min: 0, max: 65535 }),
        (seed, values, noise, platform, protocol, port) => {
          let i = 0;
          const text = seed.replace(/\d+/g, () => values[i++ % values.length] as string) + noise;
          const answer = readAnswer(text, { port, protocol, platform });
          expect(answer.verdict.sentence.length).toBeGreaterThan(0);
          if (answer.stop?.kind === 'stop') {
            expect([0, 1, 4]).not.toContain(answer.stop.pid);
            for (const command of answer.stop.commands)
              expect(command.text).toContain(String(answer.stop.pid));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
